using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BlazorShop.Infrastructure.Data;

/// <summary>
/// Stamps <c>CreatedAt</c> (when not set by the caller) and <c>UpdatedAt</c> on every entity that has them, from the
/// injected <see cref="TimeProvider"/>: one clock for the whole store, so tests can move time for expiry rules.
/// </summary>
public sealed class TimestampInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null) return;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added)
            {
                foreach (var name in new[] { "CreatedAt", "UpdatedAt" })
                {
                    if (entry.Metadata.FindProperty(name) is { ClrType: var type } && type == typeof(DateTime)
                        && (DateTime)entry.Property(name).CurrentValue! == default)
                        entry.Property(name).CurrentValue = now;
                }
            }
            else if (entry.State == EntityState.Modified && entry.Metadata.FindProperty("UpdatedAt") is not null)
            {
                entry.Property("UpdatedAt").CurrentValue = now;
            }
        }
    }
}
