namespace BlazorShop.Features.Catalog.Reviews;

/// <summary>Which reviews a list shows: all, good (4–5 stars), middling (2–3) or bad (1).</summary>
public enum ReviewFilter { All, Good, Middle, Bad }
