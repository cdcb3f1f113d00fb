using BlazorShop.Features.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace BlazorShop.Tests.Features.Search;

public class SkuSearchChangesTests
{
    [Fact]
    public void Marks_are_recorded_once_active_and_a_later_mark_outlives_an_earlier_read()
    {
        var changes = new SkuSearchChanges(NullLogger<SkuSearchChanges>.Instance);
        changes.Mark([1]);
        Assert.False(changes.HasPending); // nothing to keep in step until the index exists

        changes.Activate();
        changes.Mark([1, 2]);
        var read = changes.Pending();
        Assert.Equal([1L, 2L], read.Select(m => m.Key).Order());
        changes.Mark([2]); // changed again while the first change was being read
        foreach (var mark in read) changes.Done(mark);
        Assert.Equal([2L], changes.Pending().Select(m => m.Key));
    }

    [Fact]
    public void A_rebuild_reads_again_what_changed_after_it_started_reading()
    {
        var changes = new SkuSearchChanges(NullLogger<SkuSearchChanges>.Instance);
        changes.Activate();
        changes.Mark([1]);
        var started = changes.Sequence; // a rebuild starts reading here
        changes.Mark([2]);
        foreach (var mark in changes.Pending()) changes.Done(mark); // applied to the old snapshot meanwhile
        changes.Rebuilt(started);
        Assert.Equal([2L], changes.Pending().Select(m => m.Key));
        foreach (var mark in changes.Pending()) changes.Done(mark);
        changes.Rebuilt(changes.Sequence);
        Assert.False(changes.HasPending);
    }
}
