namespace BlazorShop.Features.Admin.Dashboard;

public sealed record DayFigure(string Day, int Orders, decimal Sales);
