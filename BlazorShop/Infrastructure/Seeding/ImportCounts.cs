namespace BlazorShop.Infrastructure.Seeding;

sealed record ImportCounts(int Categories, int Brands, int Spus, int Skus);
