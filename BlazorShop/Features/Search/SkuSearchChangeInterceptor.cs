using System.Data.Common;
using System.Runtime.CompilerServices;
using BlazorShop.Domain;
using BlazorShop.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace BlazorShop.Features.Search;

/// <summary>
/// Tells the in-memory index which SKUs a save changed (added, modified, deleted, or whose spec options changed),
/// once the change is committed: right after the save, or when the caller's transaction commits. Read before the
/// save (a new SKU's id exists only after it), announced after.
/// </summary>
public sealed class SkuSearchChangeInterceptor(SkuSearchChanges changes) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<object>> _saving = [];
    private readonly ConditionalWeakTable<DbTransaction, List<long>> _uncommitted = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context) is { } ids) _ = changes.AnnounceAsync(ids);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (Saved(eventData.Context) is { } ids) await changes.AnnounceAsync(ids, ct);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_uncommitted.TryGetValue(transaction, out var ids) && _uncommitted.Remove(transaction)) _ = changes.AnnounceAsync(ids);
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        if (_uncommitted.TryGetValue(transaction, out var ids) && _uncommitted.Remove(transaction)) await changes.AnnounceAsync(ids, ct);
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _uncommitted.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        _uncommitted.Remove(transaction);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is not ShopDbContext db) return;
        db.ChangeTracker.DetectChanges();
        var changed = new List<object>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Entity is Sku sku) changed.Add(sku);
            else if (entry.Entity is SkuSpecification spec) changed.Add(spec);
        }
        if (changed.Count > 0) _saving.AddOrUpdate(db, changed);
        else _saving.Remove(db);
    }

    /// <summary>The SKU ids of the save, or null if it changed none or its transaction is still open (then they
    /// wait for the commit).</summary>
    private List<long>? Saved(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var changed)) return null;
        _saving.Remove(context);
        var ids = changed.Select(e => e is Sku sku ? sku.Id : ((SkuSpecification)e).SkuId).Where(id => id > 0).Distinct().ToList();
        if (ids.Count == 0) return null;
        if (context.Database.CurrentTransaction?.GetDbTransaction() is not { } transaction) return ids;
        _uncommitted.AddOrUpdate(transaction, [.. _uncommitted.TryGetValue(transaction, out var earlier) ? earlier : [], .. ids]);
        return null;
    }

    private void Forget(DbContext? context)
    {
        if (context is not null) _saving.Remove(context);
    }
}
