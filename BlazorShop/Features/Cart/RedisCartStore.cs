using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BlazorShop.Features.Cart;

/// <summary>
/// Carts in Redis, as the originals kept them: per cart a hash <c>sku → count</c> and a set of the selected SKUs.
/// Every change is one Lua script (atomic on the server: bounded increments, the line limit, the merge), reads are
/// one MULTI; guest carts expire after <see cref="CartOptions.GuestIdleExpiry"/> without a change.
/// </summary>
public sealed class RedisCartStore(IConnectionMultiplexer redis, IOptions<CartOptions> options) : ICartStore
{
    // KEYS: items, selected. ARGV: sku, n, limit, maxLines, ttl seconds (0 = none). Returns {count, capped, tooManyLines}.
    private const string AddScript = """
        local current = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
        if current == 0 and redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[4]) then return {0, 0, 1} end
        local wanted = current + tonumber(ARGV[2])
        local limit = tonumber(ARGV[3])
        local count, capped = wanted, 0
        if wanted > limit then count, capped = limit, 1 end
        redis.call('HSET', KEYS[1], ARGV[1], count)
        redis.call('SADD', KEYS[2], ARGV[1])
        local ttl = tonumber(ARGV[5])
        if ttl > 0 then redis.call('EXPIRE', KEYS[1], ttl); redis.call('EXPIRE', KEYS[2], ttl) end
        return {count, capped, 0}
        """;

    // KEYS: items, selected. ARGV: sku, count, ttl. Returns 1 when the line existed.
    private const string SetScript = """
        if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
        local ttl = tonumber(ARGV[3])
        if ttl > 0 then redis.call('EXPIRE', KEYS[1], ttl); redis.call('EXPIRE', KEYS[2], ttl) end
        return 1
        """;

    // KEYS: items, selected. ARGV: 1|0, ttl, skus...
    private const string SelectScript = """
        for i = 3, #ARGV do
          if redis.call('HEXISTS', KEYS[1], ARGV[i]) == 1 then
            if ARGV[1] == '1' then redis.call('SADD', KEYS[2], ARGV[i]) else redis.call('SREM', KEYS[2], ARGV[i]) end
          end
        end
        local ttl = tonumber(ARGV[2])
        if ttl > 0 then redis.call('EXPIRE', KEYS[1], ttl); redis.call('EXPIRE', KEYS[2], ttl) end
        return 1
        """;

    // KEYS: items, selected. ARGV: ttl, skus...
    private const string RemoveScript = """
        for i = 2, #ARGV do
          redis.call('HDEL', KEYS[1], ARGV[i])
          redis.call('SREM', KEYS[2], ARGV[i])
        end
        local ttl = tonumber(ARGV[1])
        if ttl > 0 then redis.call('EXPIRE', KEYS[1], ttl); redis.call('EXPIRE', KEYS[2], ttl) end
        return 1
        """;

    // KEYS: guest items, guest selected, user items, user selected. ARGV: maxLines. Guest count and selection win.
    private const string MergeScript = """
        local lines = redis.call('HGETALL', KEYS[1])
        local moved = 0
        for i = 1, #lines, 2 do
          local sku = lines[i]
          if redis.call('HEXISTS', KEYS[3], sku) == 1 or redis.call('HLEN', KEYS[3]) < tonumber(ARGV[1]) then
            redis.call('HSET', KEYS[3], sku, lines[i + 1])
            if redis.call('SISMEMBER', KEYS[2], sku) == 1 then redis.call('SADD', KEYS[4], sku) else redis.call('SREM', KEYS[4], sku) end
            moved = moved + 1
          end
        end
        redis.call('DEL', KEYS[1], KEYS[2])
        return moved
        """;

    private IDatabase Db => redis.GetDatabase();

    private (RedisKey Items, RedisKey Selected) Keys(CartOwner cart)
    {
        var key = options.Value.RedisKeyPrefix + cart.Key;
        return (key, key + ":selected");
    }

    private long Ttl(CartOwner cart) => cart.IsGuest ? (long)options.Value.GuestIdleExpiry.TotalSeconds : 0;

    private static RedisValue Sku(long id) => id.ToString(CultureInfo.InvariantCulture);

    public async Task<IReadOnlyList<CartLine>> GetAsync(CartOwner cart, CancellationToken ct = default)
    {
        var (items, selected) = Keys(cart);
        var tx = Db.CreateTransaction();
        var counts = tx.HashGetAllAsync(items);
        var chosen = tx.SetMembersAsync(selected);
        await tx.ExecuteAsync();
        var selectedSet = (await chosen).Select(v => (string)v!).ToHashSet();
        var lines = new List<CartLine>();
        foreach (var entry in await counts)
        {
            if (!long.TryParse((string?)entry.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var sku)) continue;
            if (!int.TryParse((string?)entry.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0) continue;
            lines.Add(new CartLine(sku, count, selectedSet.Contains(entry.Name!)));
        }
        lines.Sort((a, b) => a.SkuId.CompareTo(b.SkuId));
        return lines;
    }

    public async Task<CartAddResult> AddAsync(CartOwner cart, long skuId, int count, int limit, int maxLines, CancellationToken ct = default)
    {
        var (items, selected) = Keys(cart);
        var result = (RedisResult[])(await Db.ScriptEvaluateAsync(AddScript, [items, selected], [Sku(skuId), count, limit, maxLines, Ttl(cart)]))!;
        return new CartAddResult((int)result[0], (int)result[1] == 1, (int)result[2] == 1);
    }

    public async Task<bool> SetCountAsync(CartOwner cart, long skuId, int count, CancellationToken ct = default)
    {
        var (items, selected) = Keys(cart);
        return (int)await Db.ScriptEvaluateAsync(SetScript, [items, selected], [Sku(skuId), count, Ttl(cart)]) == 1;
    }

    public async Task SelectAsync(CartOwner cart, IReadOnlyCollection<long> skuIds, bool selected, CancellationToken ct = default)
    {
        if (skuIds.Count == 0) return;
        var (items, chosen) = Keys(cart);
        await Db.ScriptEvaluateAsync(SelectScript, [items, chosen], [selected ? 1 : 0, Ttl(cart), .. skuIds.Select(Sku)]);
    }

    public async Task RemoveAsync(CartOwner cart, IReadOnlyCollection<long> skuIds, CancellationToken ct = default)
    {
        if (skuIds.Count == 0) return;
        var (items, selected) = Keys(cart);
        await Db.ScriptEvaluateAsync(RemoveScript, [items, selected], [Ttl(cart), .. skuIds.Select(Sku)]);
    }

    public async Task<int> MergeAsync(CartOwner guest, CartOwner user, int maxLines, CancellationToken ct = default)
    {
        if (!guest.IsGuest || user.IsGuest) throw new ArgumentException("merge goes from a guest cart to a user's");
        var (guestItems, guestSelected) = Keys(guest);
        var (userItems, userSelected) = Keys(user);
        return (int)await Db.ScriptEvaluateAsync(MergeScript, [guestItems, guestSelected, userItems, userSelected], [maxLines]);
    }

    public async Task DeleteAsync(CartOwner cart, CancellationToken ct = default)
    {
        var (items, selected) = Keys(cart);
        await Db.KeyDeleteAsync([items, selected]);
    }
}
