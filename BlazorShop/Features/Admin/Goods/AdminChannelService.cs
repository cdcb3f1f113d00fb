using System.Globalization;
using System.Security.Claims;
using BlazorShop.Domain;
using BlazorShop.Features.Admin.Audit;
using BlazorShop.Features.Admin.Content;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BlazorShop.Features.Admin.Goods;

/// <summary>
/// The home page's channel groups (goods permission): each a named, ordered line of the category menu holding level-1
/// categories with their links. Every change is audited and announced as <see cref="CatalogStructureChanged"/>, so the
/// cached menu and pages are dropped on every instance.
/// </summary>
public sealed class AdminChannelService(
    IDbContextFactory<ShopDbContext> contexts, AdminGuard guard, AuditLog audit, IEventBus bus, IStringLocalizer<SharedResource> text)
{
    public const int MaxNameLength = 20;
    public const int MaxUrlLength = 200;

    public async Task<IReadOnlyList<ChannelGroupRow>> GroupsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        return await db.ChannelGroups.AsNoTracking().OrderBy(g => g.Sequence).ThenBy(g => g.Id)
            .Select(g => new ChannelGroupRow(g.Id, g.Name, g.Sequence, g.Channels.OrderBy(c => c.Sequence).ThenBy(c => c.Id)
                .Select(c => new ChannelRow(c.Id, c.CategoryId, c.Category!.Name, c.Url, c.Sequence)).ToList()))
            .ToListAsync(ct);
    }

    /// <summary>Creates a group at the end (<paramref name="id"/> 0) or renames one; returns the error, or null.</summary>
    public async Task<string?> SaveGroupAsync(ClaimsPrincipal user, int id, string name, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        name = (name ?? "").Trim();
        if (name.Length is 0 or > MaxNameLength) return text["Admin_GroupNameLength"];
        await using var db = contexts.CreateDbContext();
        if (await db.ChannelGroups.AnyAsync(g => g.Name == name && g.Id != id, ct)) return text["Admin_Duplicate"];
        ChannelGroup group;
        if (id == 0)
        {
            var sequence = await db.ChannelGroups.MaxAsync(g => (int?)g.Sequence, ct) ?? 0;
            db.ChannelGroups.Add(group = new ChannelGroup { Name = name, Sequence = sequence + 1 });
        }
        else if (await db.ChannelGroups.SingleOrDefaultAsync(g => g.Id == id, ct) is { } found) group = found;
        else return text["Admin_NotFound"];
        audit.Add(db, user, AuditAreas.Goods, id == 0 ? "channel.group.add" : "channel.group.rename", "channelgroup:" + id, $"{(id == 0 ? "" : group.Name + " → ")}{name}");
        group.Name = name;
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(ct);
        return null;
    }

    /// <summary>Moves a group a place up (-1) or down (+1) in the menu; false at that end or when it is gone.</summary>
    public async Task<bool> ShiftGroupAsync(ClaimsPrincipal user, int id, int offset, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var groups = await db.ChannelGroups.OrderBy(g => g.Sequence).ThenBy(g => g.Id).ToListAsync(ct);
        if (!Swap(groups, groups.FindIndex(g => g.Id == id), offset)) return false;
        for (var i = 0; i < groups.Count; i++) groups[i].Sequence = i + 1;
        audit.Add(db, user, AuditAreas.Goods, "channel.group.order", "channelgroup:" + id, string.Join(",", groups.Select(g => g.Id)));
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(ct);
        return true;
    }

    /// <summary>Deletes an empty group; returns why not otherwise.</summary>
    public async Task<string?> DeleteGroupAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var group = await db.ChannelGroups.SingleOrDefaultAsync(g => g.Id == id, ct);
        if (group is null) return text["Admin_NotFound"];
        if (await db.Channels.AnyAsync(c => c.GroupId == id, ct)) return text["Admin_GroupNotEmpty"];
        db.ChannelGroups.Remove(group);
        audit.Add(db, user, AuditAreas.Goods, "channel.group.delete", "channelgroup:" + id, group.Name);
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(ct);
        return null;
    }

    /// <summary>
    /// Adds a level-1 category (in no group yet) at the end of a group, with its link (empty: the category's list page,
    /// else a local path or http(s) address); returns the error, or null.
    /// </summary>
    public async Task<string?> AddChannelAsync(ClaimsPrincipal user, int groupId, int categoryId, string url, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        if (!await db.ChannelGroups.AnyAsync(g => g.Id == groupId, ct)) return text["Admin_NotFound"];
        if (!await db.Categories.AnyAsync(c => c.Id == categoryId && c.Level == 1, ct)) return text["Admin_PickTopCategory"];
        if (await db.Channels.AnyAsync(c => c.CategoryId == categoryId, ct)) return text["Admin_ChannelTaken"];
        if (CheckUrl(ref url, categoryId) is { } invalid) return invalid;
        var sequence = await db.Channels.Where(c => c.GroupId == groupId).MaxAsync(c => (int?)c.Sequence, ct) ?? 0;
        db.Channels.Add(new Channel { GroupId = groupId, CategoryId = categoryId, Url = url, Sequence = sequence + 1 });
        audit.Add(db, user, AuditAreas.Goods, "channel.add", "channelgroup:" + groupId, $"category {categoryId}; {url}");
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(ct);
        return null;
    }

    /// <summary>Changes a channel's link and, when <paramref name="groupId"/> names another group, moves it to that group's end.</summary>
    public async Task<string?> UpdateChannelAsync(ClaimsPrincipal user, int channelId, int groupId, string url, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var channel = await db.Channels.SingleOrDefaultAsync(c => c.Id == channelId, ct);
        if (channel is null) return text["Admin_NotFound"];
        if (CheckUrl(ref url, channel.CategoryId) is { } invalid) return invalid;
        if (groupId != channel.GroupId)
        {
            if (!await db.ChannelGroups.AnyAsync(g => g.Id == groupId, ct)) return text["Admin_NotFound"];
            channel.GroupId = groupId;
            channel.Sequence = (await db.Channels.Where(c => c.GroupId == groupId).MaxAsync(c => (int?)c.Sequence, ct) ?? 0) + 1;
        }
        channel.Url = url;
        audit.Add(db, user, AuditAreas.Goods, "channel.edit", "channel:" + channelId, $"group {groupId}; {url}");
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(ct);
        return null;
    }

    /// <summary>Moves a channel a place earlier (-1) or later (+1) in its group; false at that end or when it is gone.</summary>
    public async Task<bool> ShiftChannelAsync(ClaimsPrincipal user, int channelId, int offset, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var groupId = await db.Channels.Where(c => c.Id == channelId).Select(c => (int?)c.GroupId).SingleOrDefaultAsync(ct);
        if (groupId is null) return false;
        var channels = await db.Channels.Where(c => c.GroupId == groupId).OrderBy(c => c.Sequence).ThenBy(c => c.Id).ToListAsync(ct);
        if (!Swap(channels, channels.FindIndex(c => c.Id == channelId), offset)) return false;
        for (var i = 0; i < channels.Count; i++) channels[i].Sequence = i + 1;
        audit.Add(db, user, AuditAreas.Goods, "channel.order", "channelgroup:" + groupId, string.Join(",", channels.Select(c => c.Id)));
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(ct);
        return true;
    }

    public async Task<bool> RemoveChannelAsync(ClaimsPrincipal user, int channelId, CancellationToken ct = default)
    {
        await guard.DemandAsync(user, AdminPolicies.Goods);
        await using var db = contexts.CreateDbContext();
        var channel = await db.Channels.SingleOrDefaultAsync(c => c.Id == channelId, ct);
        if (channel is null) return false;
        db.Channels.Remove(channel);
        audit.Add(db, user, AuditAreas.Goods, "channel.remove", "channelgroup:" + channel.GroupId, $"category {channel.CategoryId}");
        await db.SaveChangesAsync(ct);
        await AnnounceAsync(ct);
        return true;
    }

    /// <summary>The category's list page for an empty link; otherwise a local path or http(s) address of at most 200 characters.</summary>
    private string? CheckUrl(ref string url, int categoryId)
    {
        url = (url ?? "").Trim();
        if (url.Length == 0) url = "/list/" + categoryId.ToString(CultureInfo.InvariantCulture);
        return url.Length > MaxUrlLength || !AdminContentService.IsSafeLink(url) ? text["Admin_BadLink"].Value : null;
    }

    private static bool Swap<T>(List<T> items, int from, int offset)
    {
        var to = from + Math.Sign(offset);
        if (from < 0 || offset == 0 || to < 0 || to >= items.Count) return false;
        (items[from], items[to]) = (items[to], items[from]);
        return true;
    }

    private Task AnnounceAsync(CancellationToken ct) => bus.PublishAsync(new CatalogStructureChanged("channels"), ct);
}
