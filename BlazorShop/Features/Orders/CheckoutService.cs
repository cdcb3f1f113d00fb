using BlazorShop.Domain;
using BlazorShop.Features.Accounts.Addresses;
using BlazorShop.Features.Accounts.Balance;
using BlazorShop.Features.Cart;
using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Events;
using BlazorShop.Shared;
using BlazorShop.Shared.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BlazorShop.Features.Orders;

/// <summary>
/// Places orders. One transaction holds the order, its lines (prices read from the database), the status timeline's
/// first step, and for each line one conditional decrement (<c>stock = stock - n WHERE id = x AND stock &gt;= n</c>,
/// exactly one row or the whole order rolls back): no read-then-write and no retry loop, so it never oversells and
/// never fails while stock remains. Pay by balance debits in the same transaction. The ordered lines leave the cart
/// and the live events go out only after the commit.
/// </summary>
public sealed class CheckoutService(
    IDbContextFactory<ShopDbContext> contexts,
    CartService cart,
    IAddressBook addressBook,
    IBalanceService balance,
    IEventBus bus,
    PlacingGate gate,
    TimeProvider clock,
    IOptions<OrderOptions> options,
    IOptions<CartOptions> cartOptions,
    ILogger<CheckoutService> log) : ICheckout
{
    private const int MaxIdAttempts = 5;
    private OrderOptions Options => options.Value;

    public async Task<Settlement> GetSettlementAsync(long userId, CheckoutLine? buyNow, CancellationToken ct = default)
    {
        IReadOnlyList<CheckoutLine> wanted = buyNow is { } line
            ? [line with { Count = Math.Clamp(line.Count, 1, cartOptions.Value.MaxCountPerLine) }]
            : [.. (await cart.GetViewAsync(CartOwner.User(userId), ct)).Lines.Where(l => l.IsSelected).Select(l => new CheckoutLine(l.SkuId, l.Count))];
        await using var db = await contexts.CreateDbContextAsync(ct);
        var lines = await LoadLinesAsync(db, wanted, ct);
        return new Settlement
        {
            Source = buyNow is null ? CheckoutSource.Cart : CheckoutSource.BuyNow,
            Lines = lines,
            Addresses = await addressBook.ListAsync(userId, ct),
            Balance = await balance.GetBalanceAsync(userId, ct),
            Freight = Options.Freight,
        };
    }

    public async Task<PlaceOrderResult> PlaceOrderAsync(long userId, PlaceOrderRequest request, CancellationToken ct = default)
    {
        if (Validate(request) is { } invalid) return invalid;
        var token = NormalizeToken(request.Token);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (earlier, address, lines) = await ReadAsync(db, userId, token, request, ct);
        if (earlier is not null)
            return new PlaceOrderResult(PlaceOrderOutcome.AlreadyPlaced, earlier);
        if (address is null)
            return new PlaceOrderResult(PlaceOrderOutcome.AddressNotFound);
        foreach (var wanted in request.Lines)
        {
            var line = lines.FirstOrDefault(l => l.SkuId == wanted.SkuId);
            if (line is null || !line.IsLaunched)
                return new PlaceOrderResult(PlaceOrderOutcome.Unavailable, SkuId: wanted.SkuId, SkuName: line?.DisplayName);
        }
        var goods = lines.Sum(l => l.Subtotal);
        var total = goods + Options.Freight;
        if (request.ExpectedTotal is { } expected && expected != total)
            return new PlaceOrderResult(PlaceOrderOutcome.PriceChanged);
        if (request.PayMethod == PayMethod.Balance && await balance.GetBalanceAsync(userId, ct) < total)
            return new PlaceOrderResult(PlaceOrderOutcome.InsufficientBalance);

        for (var attempt = 1; ; attempt++)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            Order? order = null;
            IReadOnlyList<SkuChanged> changed = [];
            // No savepoint around SaveChanges: a failed insert ends this attempt anyway (two round trips saved).
            db.Database.AutoSavepointsEnabled = false;
            // Before the transaction, so no row lock is held while waiting here.
            PlaceOrderResult? result;
            using (await gate.EnterAsync(lines.Select(l => l.SkuId), ct))
            result = await db.InTransactionAsync(async tx =>
            {
                // PostgreSQL, paid on delivery or by Alipay: all of it in one round trip.
                if (request.PayMethod != PayMethod.Balance && db is PostgresShopDbContext pg)
                {
                    order = NewOrder(OrderIds.Next(userId, now, null), userId, address, lines, request.PayMethod, total, token, now);
                    try
                    {
                        var (id, state) = await PostgresOrderPlacement.PlaceAsync(pg.Connection, tx, order, lines, ct);
                        if (id is null || state is null) return await CannotHaveAsync(db, lines, ct);
                        (order.Id, changed) = (id, state);
                        return new PlaceOrderResult(PlaceOrderOutcome.Placed, id);
                    }
                    catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
                    {
                        await tx.RollbackAsync(ct);
                        return null; // as below: the same second (the id) or the same submission (the token)
                    }
                }

                // A user's orders are placed one after another (a lock on the user's row, which a balance payment takes
                // anyway), so the latest id read here is really the latest and the next second is free.
                var lastId = await LockUserAndReadLastIdAsync(db, tx, userId, ct);
                order = NewOrder(OrderIds.Next(userId, now, lastId), userId, address, lines, request.PayMethod, total, token, now);
                db.Orders.Add(order);
                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
                {
                    // Two orders of one user in the same instant (the id), or the same submission twice (the token).
                    return null;
                }

                if (request.PayMethod == PayMethod.Balance)
                {
                    var paid = await balance.DebitAsync(db, userId, total, LedgerKind.OrderPayment, order.Id, null, ct);
                    if (!paid.Succeeded)
                    {
                        await tx.RollbackAsync(ct);
                        return new PlaceOrderResult(PlaceOrderOutcome.InsufficientBalance);
                    }
                }
                // The hot rows last, together with the commit, so their locks are held as briefly as possible.
                if (await StockTaking.TakeAllAndCommitAsync(db, tx, lines, ct) is not { } taken)
                    return await CannotHaveAsync(db, lines, ct);
                changed = taken;
                return new PlaceOrderResult(PlaceOrderOutcome.Placed, order.Id);
            }, ct);
            if (result is null)
            {
                if (token is not null && await FindByTokenAsync(userId, token, ct) is { } placed)
                    return new PlaceOrderResult(PlaceOrderOutcome.AlreadyPlaced, placed);
                if (attempt == MaxIdAttempts) throw new InvalidOperationException($"No free order id for user {userId} after {attempt} attempts.");
                continue;
            }
            if (result.Outcome == PlaceOrderOutcome.Placed) await AfterCommitAsync(userId, order!, changed, request.Source, ct);
            return result;
        }
    }

    /// <summary>
    /// The reads before the transaction. PostgreSQL: one batch on the connection the order is then placed on (see
    /// <see cref="PostgresCheckoutReads"/>); elsewhere the same through EF and the address book.
    /// </summary>
    private async Task<CheckoutReads> ReadAsync(ShopDbContext db, long userId, string? token, PlaceOrderRequest request, CancellationToken ct)
    {
        if (db is PostgresShopDbContext pg)
        {
            await db.Database.OpenConnectionAsync(ct); // stays open for the placing transaction, closed with the context
            return await PostgresCheckoutReads.ReadAsync(pg.Connection, userId, token, request.AddressId, request.Lines, ct);
        }
        var earlier = token is null ? null : await FindByTokenAsync(userId, token, ct);
        var address = await addressBook.GetAsync(userId, request.AddressId, ct);
        return new CheckoutReads(earlier, address, await LoadLinesAsync(db, request.Lines, ct, withSpecs: false));
    }

    private PlaceOrderResult? Validate(PlaceOrderRequest request)
    {
        if (request.Lines.Count == 0) return new(PlaceOrderOutcome.NoLines);
        if (request.Lines.Count > Options.MaxLines) return new(PlaceOrderOutcome.TooManyLines);
        if (request.Lines.Any(l => l.Count < 1 || l.Count > cartOptions.Value.MaxCountPerLine)
            || request.Lines.Select(l => l.SkuId).Distinct().Count() != request.Lines.Count)
            return new(PlaceOrderOutcome.InvalidCount);
        if (!Enum.IsDefined(request.PayMethod)) return new(PlaceOrderOutcome.InvalidPayMethod);
        return null;
    }

    /// <summary>A submission token is a GUID the settlement page rendered; anything else is ignored.</summary>
    private static string? NormalizeToken(string? token) => Guid.TryParse(token, out var g) ? g.ToString("N") : null;

    private async Task<string?> FindByTokenAsync(long userId, string token, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Orders.AsNoTracking().Where(o => o.UserId == userId && o.CheckoutToken == token)
            .Select(o => o.Id).FirstOrDefaultAsync(ct);
    }

    private Order NewOrder(string id, long userId, AddressView address, IReadOnlyList<SettlementLine> lines, PayMethod pay,
        decimal total, string? token, DateTime now)
    {
        var status = pay == PayMethod.Alipay ? OrderStatus.Unpaid : OrderStatus.ToShip;
        var order = new Order
        {
            Id = id, UserId = userId, CheckoutToken = token,
            Receiver = address.Receiver, Province = address.Province, City = address.City, District = address.District,
            Place = address.Place, Mobile = address.Mobile,
            TotalCount = lines.Sum(l => l.Count), TotalAmount = total, Freight = Options.Freight,
            PayMethod = pay, Status = status, CreatedAt = now, UpdatedAt = now,
            PaidAt = pay == PayMethod.Balance ? now : null,
            ExpiresAt = status == OrderStatus.Unpaid ? now + Options.UnpaidExpiry : null,
        };
        order.Lines.AddRange(lines.Select(l => new OrderLine
        {
            OrderId = id, SkuId = l.SkuId, SkuName = l.Name, Image = l.Image, Count = l.Count, Price = l.Price,
        }));
        order.History.Add(new OrderStatusChange { OrderId = id, From = null, To = status, Reason = "OrderEvent_Placed", ActorId = userId, At = now });
        return order;
    }

    /// <summary>Which line could not be had (the first short or withdrawn one, by SKU id) and how many are left.</summary>
    private static async Task<PlaceOrderResult> CannotHaveAsync(ShopDbContext db, IReadOnlyList<SettlementLine> lines, CancellationToken ct)
    {
        var ids = lines.Select(l => l.SkuId).ToList();
        var now = await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Stock, s.IsLaunched }).ToDictionaryAsync(s => s.Id, ct);
        var line = lines.OrderBy(l => l.SkuId).FirstOrDefault(l => !now.TryGetValue(l.SkuId, out var s) || !s.IsLaunched || s.Stock < l.Count)
            ?? lines.OrderBy(l => l.SkuId).First(); // stock came back meanwhile: still this attempt failed on the first
        return now.TryGetValue(line.SkuId, out var sku) && sku.IsLaunched
            ? new PlaceOrderResult(PlaceOrderOutcome.SoldOut, SkuId: line.SkuId, SkuName: line.DisplayName, Left: sku.Stock)
            : new PlaceOrderResult(PlaceOrderOutcome.Unavailable, SkuId: line.SkuId, SkuName: line.DisplayName);
    }

    /// <summary>After the commit: the ordered lines leave the cart; stock pages and the admin feed hear of it.</summary>
    private async Task AfterCommitAsync(long userId, Order order, IReadOnlyList<SkuChanged> changed, CheckoutSource source, CancellationToken ct)
    {
        try
        {
            if (source == CheckoutSource.Cart) await cart.RemoveAsync(CartOwner.User(userId), [.. order.Lines.Select(l => l.SkuId)], ct);
            foreach (var evt in changed) await bus.PublishAsync(evt, ct);
            await bus.PublishAsync(new OrderChanged(order.Id, userId, order.Status, null, order.TotalAmount), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The order stands; a cart that still shows its lines or a page that misses one update is not worth failing it.
            log.LogWarning(e, "Order {OrderId} placed, but tidying the cart or publishing its events failed", order.Id);
        }
    }

    /// <summary>
    /// Locks the user's row for the rest of the transaction and reads their latest order id. On PostgreSQL one round
    /// trip (<c>FOR UPDATE</c>, no new row version; the read after it sees what the previous holder committed);
    /// SQLite's write lock is the whole database, taken by a no-op update.
    /// </summary>
    private static async Task<string?> LockUserAndReadLastIdAsync(ShopDbContext db, IDbContextTransaction tx, long userId, CancellationToken ct)
    {
        if (db is PostgresShopDbContext pg)
        {
            await using var batch = new NpgsqlBatch(pg.Connection, (NpgsqlTransaction)tx.GetDbTransaction())
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand("""SELECT 1 FROM "AspNetUsers" WHERE "Id" = $1 FOR UPDATE""") { Parameters = { new() { Value = userId } } },
                    new NpgsqlBatchCommand("""SELECT max("Id") FROM "Orders" WHERE "UserId" = $1""") { Parameters = { new() { Value = userId } } },
                },
            };
            await using var reader = await batch.ExecuteReaderAsync(ct);
            await reader.NextResultAsync(ct);
            return await reader.ReadAsync(ct) && !await reader.IsDBNullAsync(0, ct) ? reader.GetString(0) : null;
        }
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.ConcurrencyStamp, u => u.ConcurrencyStamp), ct);
        return await db.Orders.AsNoTracking().Where(o => o.UserId == userId).OrderByDescending(o => o.Id).Select(o => o.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The lines at today's prices; the spec text (for the settlement page) only when asked, placing needs none.</summary>
    private static async Task<IReadOnlyList<SettlementLine>> LoadLinesAsync(ShopDbContext db, IReadOnlyList<CheckoutLine> wanted, CancellationToken ct,
        bool withSpecs = true)
    {
        var ids = wanted.Select(l => l.SkuId).Distinct().ToList();
        if (ids.Count == 0) return [];
        var skus = await db.Skus.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new
            {
                s.Id, s.SpuId, s.Name, s.NameEn, s.DefaultImage, s.Price, s.Stock, s.IsLaunched,
                Specs = withSpecs ? s.Specifications.OrderBy(x => x.SpecificationId).Select(x => new { x.Option!.Value, x.Option.ValueEn }).ToList() : null,
            })
            .ToDictionaryAsync(s => s.Id, ct);
        return [.. wanted.Where(w => skus.ContainsKey(w.SkuId)).Select(w =>
        {
            var s = skus[w.SkuId];
            var specs = CatalogText.SpecLine((s.Specs ?? []).Select(o => (o.Value, o.ValueEn)));
            return new SettlementLine(s.Id, s.Name, s.DefaultImage, specs, s.Price, w.Count, s.Stock, s.IsLaunched) { SpuId = s.SpuId, NameEn = s.NameEn };
        })];
    }
}
