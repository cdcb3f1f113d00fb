namespace BlazorShop.Features.Accounts.Avatar;

/// <summary>What happened to an avatar upload; the page shows a message for each (status=…).</summary>
public enum AvatarUploadOutcome { Saved, NoFile, Empty, TooLarge, NotImage }
