using System.Net;
using System.Text.Json;
using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Addresses;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Features.Accounts.Addresses;

/// <summary>The address book service on both databases: validation, the limit of 20, the single default, soft
/// delete, the area cascade, and another user's ids treated as unknown.</summary>
[Collection("accounts")]
public class AddressBookTests(AccountApps apps)
{
    public static TheoryData<string> Providers => AccountApps.Providers;

    // 北京市 → 市辖区 → 东城区; 广东省 → 广州市 → 天河区 (the official codes of the seeded areas).
    public static AddressInput Valid(string receiver = "张三") => new()
    {
        Receiver = receiver, ProvinceId = "11", CityId = "1101", DistrictId = "110101", Place = "东长安街 1 号", Mobile = "13812345678",
    };

    private async Task<(ShopAppFactory App, IAddressBook Book, TestShopper Shopper)> SetUpAsync(string provider)
    {
        var app = await apps.GetAsync(provider);
        return (app, app.Services.GetRequiredService<IAddressBook>(), await TestShoppers.CreateAsync(app));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task The_first_address_is_the_default_and_setting_another_moves_it(string provider)
    {
        var (_, book, shopper) = await SetUpAsync(provider);
        var first = await book.AddAsync(shopper.Id, Valid("一"));
        var second = await book.AddAsync(shopper.Id, Valid("二"));
        Assert.True(first.Succeeded && second.Succeeded);

        var list = await book.ListAsync(shopper.Id);
        Assert.Equal(["一", "二"], list.Select(a => a.Receiver));
        Assert.True(list[0].IsDefault);
        Assert.False(list[1].IsDefault);
        Assert.Equal("一", list[0].Title); // title defaults to the receiver
        Assert.Equal(("北京市", "市辖区", "东城区"), (list[0].Province, list[0].City, list[0].District));

        Assert.True(await book.SetDefaultAsync(shopper.Id, second.Id!.Value));
        list = await book.ListAsync(shopper.Id);
        Assert.Equal(second.Id, Assert.Single(list, a => a.IsDefault).Id);
        Assert.Equal(second.Id, list[0].Id); // the default is listed first
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Deleting_the_default_promotes_another_and_keeps_the_row(string provider)
    {
        var (app, book, shopper) = await SetUpAsync(provider);
        var a = (await book.AddAsync(shopper.Id, Valid("一"))).Id!.Value;
        var b = (await book.AddAsync(shopper.Id, Valid("二"))).Id!.Value;
        var c = (await book.AddAsync(shopper.Id, Valid("三"))).Id!.Value;

        Assert.True(await book.DeleteAsync(shopper.Id, a));
        var list = await book.ListAsync(shopper.Id);
        Assert.Equal([b, c], list.Select(x => x.Id).Order());
        Assert.Single(list, x => x.IsDefault);
        Assert.Null(await book.GetAsync(shopper.Id, a));
        Assert.False(await book.DeleteAsync(shopper.Id, a)); // already gone

        // Soft: the row stays (orders keep their own snapshot; the row is kept for audit).
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext())
            Assert.True(await db.Addresses.Where(x => x.Id == a).Select(x => x.IsDeleted).SingleAsync());

        // Deleting a non-default leaves the default alone; deleting the last leaves none.
        var defaultId = list.Single(x => x.IsDefault).Id;
        var other = list.Single(x => !x.IsDefault).Id;
        Assert.True(await book.DeleteAsync(shopper.Id, other));
        Assert.Equal(defaultId, Assert.Single(await book.ListAsync(shopper.Id)).Id);
        Assert.True(await book.DeleteAsync(shopper.Id, defaultId));
        Assert.Empty(await book.ListAsync(shopper.Id));
        // And the next one added is the default again.
        var again = await book.AddAsync(shopper.Id, Valid());
        Assert.True(Assert.Single(await book.ListAsync(shopper.Id)).IsDefault);
        Assert.True(again.Succeeded);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task At_most_20_addresses_even_when_added_in_parallel(string provider)
    {
        var (_, book, shopper) = await SetUpAsync(provider);
        var results = await Task.WhenAll(Enumerable.Range(0, 26).Select(i => Task.Run(() => book.AddAsync(shopper.Id, Valid($"收货人{i}")))));
        Assert.Equal(Address.MaxPerUser, results.Count(r => r.Succeeded));
        Assert.Equal(6, results.Count(r => r.Outcome == AddressOutcome.LimitReached));
        var list = await book.ListAsync(shopper.Id);
        Assert.Equal(Address.MaxPerUser, list.Count);
        Assert.Single(list, a => a.IsDefault);

        // Deleting one makes room for one.
        Assert.True(await book.DeleteAsync(shopper.Id, list[^1].Id));
        Assert.True((await book.AddAsync(shopper.Id, Valid())).Succeeded);
        Assert.Equal(AddressOutcome.LimitReached, (await book.AddAsync(shopper.Id, Valid())).Outcome);
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        // field, bad value, expected error key
        { nameof(AddressInput.Receiver), "", "ReceiverRequired" },
        { nameof(AddressInput.Receiver), "   ", "ReceiverRequired" },
        { nameof(AddressInput.Receiver), new string('长', 21), "ReceiverTooLong" },
        { nameof(AddressInput.Place), "", "PlaceRequired" },
        { nameof(AddressInput.Place), new string('路', 101), "PlaceTooLong" },
        { nameof(AddressInput.Mobile), "", "AddressMobileRequired" },
        { nameof(AddressInput.Mobile), "1381234567", "AddressMobileInvalid" },     // 10 digits
        { nameof(AddressInput.Mobile), "138123456789", "AddressMobileInvalid" },   // 12 digits
        { nameof(AddressInput.Mobile), "12812345678", "AddressMobileInvalid" },    // no 12x numbers
        { nameof(AddressInput.Mobile), "1381234567a", "AddressMobileInvalid" },
        { nameof(AddressInput.Mobile), "１３８１２３４５６７８", "AddressMobileInvalid" }, // full-width digits
        { nameof(AddressInput.Mobile), "+8613812345678", "AddressMobileInvalid" },
        { nameof(AddressInput.Tel), "12-34", "TelInvalid" },
        { nameof(AddressInput.Tel), "010-1234567890123", "TelInvalid" },
        { nameof(AddressInput.Tel), "call me", "TelInvalid" },
        { nameof(AddressInput.Email), "not-an-email", "AddressEmailInvalid" },
        { nameof(AddressInput.Email), "a@b", "AddressEmailInvalid" },
        { nameof(AddressInput.Email), "a b@example.com", "AddressEmailInvalid" },
        { nameof(AddressInput.Email), new string('a', 95) + "@x.com", "AddressEmailInvalid" },
        { nameof(AddressInput.Title), new string('家', 21), "AddressTitleTooLong" },
        { nameof(AddressInput.ProvinceId), "", "ProvinceRequired" },
        { nameof(AddressInput.ProvinceId), "abc", "ProvinceRequired" },
        { nameof(AddressInput.ProvinceId), "1101", "ProvinceRequired" },          // a city is not a province
        { nameof(AddressInput.CityId), "4401", "CityRequired" },                  // 广州 is not in 北京
        { nameof(AddressInput.CityId), "", "CityRequired" },
        { nameof(AddressInput.DistrictId), "440106", "DistrictRequired" },        // 天河区 is not in 北京市辖区
        { nameof(AddressInput.DistrictId), "999999", "DistrictRequired" },
        { nameof(AddressInput.DistrictId), "-1", "DistrictRequired" },
    };

    [Theory, MemberData(nameof(BadInputs))]
    public async Task Each_bad_field_is_refused_with_its_message_and_nothing_saved(string field, string value, string error)
    {
        var (_, book, shopper) = await SetUpAsync("Sqlite");
        var input = Valid();
        typeof(AddressInput).GetProperty(field)!.SetValue(input, value);
        var result = await book.AddAsync(shopper.Id, input);
        Assert.Equal(AddressOutcome.Invalid, result.Outcome);
        Assert.Equal(error, result.FieldErrors[field]);
        Assert.Single(result.FieldErrors);
        Assert.Empty(await book.ListAsync(shopper.Id));
    }

    [Fact]
    public async Task Optional_fields_are_kept_when_valid_and_text_is_trimmed()
    {
        var (_, book, shopper) = await SetUpAsync("Sqlite");
        var input = Valid("  李 四 ");
        input.Tel = "010-12345678-123";
        input.Email = "li.si@example.com";
        input.Title = " 公司 ";
        var id = (await book.AddAsync(shopper.Id, input)).Id!.Value;
        var saved = (await book.GetAsync(shopper.Id, id))!;
        Assert.Equal(("李 四", "公司", "010-12345678-123", "li.si@example.com"), (saved.Receiver, saved.Title, saved.Tel, saved.Email));
    }

    [Fact]
    public async Task Edit_and_rename_change_only_the_owners_address()
    {
        var (app, book, shopper) = await SetUpAsync("Sqlite");
        var other = await TestShoppers.CreateAsync(app);
        var id = (await book.AddAsync(shopper.Id, Valid())).Id!.Value;

        var moved = Valid("王五");
        (moved.ProvinceId, moved.CityId, moved.DistrictId) = ("44", "4401", "440106");
        Assert.True((await book.UpdateAsync(shopper.Id, id, moved)).Succeeded);
        Assert.Equal(("王五", "广东省", "广州市", "天河区"), (await book.GetAsync(shopper.Id, id)) is { } a ? (a.Receiver, a.Province, a.City, a.District) : default);

        Assert.True((await book.RenameAsync(shopper.Id, id, "  家  ")).Succeeded);
        Assert.Equal("家", (await book.GetAsync(shopper.Id, id))!.Title);
        Assert.Equal("AddressTitleRequired", (await book.RenameAsync(shopper.Id, id, " ")).FieldErrors["Title"]);
        Assert.Equal("AddressTitleTooLong", (await book.RenameAsync(shopper.Id, id, new string('家', 21))).FieldErrors["Title"]);

        // Another user: every operation on this id is "not found", and nothing changes.
        Assert.Null(await book.GetAsync(other.Id, id));
        Assert.Equal(AddressOutcome.NotFound, (await book.UpdateAsync(other.Id, id, Valid("贼"))).Outcome);
        Assert.Equal(AddressOutcome.NotFound, (await book.RenameAsync(other.Id, id, "贼")).Outcome);
        Assert.Equal(AddressOutcome.NotFound, (await book.RenameAsync(other.Id, id, "")).Outcome);
        Assert.False(await book.SetDefaultAsync(other.Id, id));
        Assert.False(await book.DeleteAsync(other.Id, id));
        Assert.Empty(await book.ListAsync(other.Id));
        var after = (await book.GetAsync(shopper.Id, id))!;
        Assert.Equal(("王五", "家", true), (after.Receiver, after.Title, after.IsDefault));
    }

    [Fact]
    public async Task The_area_cascade_serves_provinces_cities_and_districts_from_memory()
    {
        var app = await apps.GetAsync("Sqlite");
        var areas = app.Services.GetRequiredService<IAreaDirectory>();
        var provinces = await areas.ChildrenAsync(null);
        Assert.Equal(31, provinces.Count);
        Assert.Contains(provinces, p => p.Name == "广东省");
        var cities = await areas.ChildrenAsync(44);
        Assert.Contains(cities, c => c is { Id: 4401, Name: "广州市" });
        Assert.Contains(await areas.ChildrenAsync(4401), d => d is { Id: 440106, Name: "天河区" });
        Assert.Empty(await areas.ChildrenAsync(440106));
        Assert.Same(provinces, await areas.ChildrenAsync(null)); // cached, not re-read

        var http = app.CreateClient();
        var response = await http.GetAsync("/areas/4401");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("max-age", response.Headers.CacheControl!.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("id").GetInt32() == 440106 && e.GetProperty("name").GetString() == "天河区");
        Assert.Equal(31, JsonDocument.Parse(await http.GetStringAsync("/areas")).RootElement.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/areas/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/areas/abc")).StatusCode);
    }
}
