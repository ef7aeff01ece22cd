using Algoritma.GraphQL.Server.Relay;

namespace Algoritma.GraphQL.Server.Tests;

public sealed class BackwardPagingTests
{
    private static readonly string[] Letters = ["a", "b", "c", "d", "e"];

    [Fact]
    public void The_last_items_of_a_list_come_in_list_order_with_a_previous_page()
    {
        var page = Letters.Page(x => x, new PageRequest(2, Backward: true));

        Assert.Equal(["d", "e"], page.Nodes);
        Assert.True(page.PageInfo.HasPreviousPage);
        Assert.False(page.PageInfo.HasNextPage);
        Assert.Equal(5, page.TotalCount);
    }

    [Fact]
    public void Paging_backward_from_each_start_cursor_walks_the_whole_list_once()
    {
        var seen = new List<string>();
        string? before = null;
        do
        {
            var page = Letters.Page(x => x, new PageRequest(2, before is null ? null : Cursor.Decode(before), Backward: true));
            seen.InsertRange(0, page.Nodes);
            before = page.PageInfo.HasPreviousPage ? page.PageInfo.StartCursor : null;
        }
        while (before is not null);

        Assert.Equal(Letters, seen);
    }

    [Fact]
    public void A_page_before_a_cursor_ends_just_before_its_item_and_has_a_next_page()
    {
        var page = Letters.Page(x => x, new PageRequest(10, "c", Backward: true));

        Assert.Equal(["a", "b"], page.Nodes);
        Assert.False(page.PageInfo.HasPreviousPage);
        Assert.True(page.PageInfo.HasNextPage);
    }

    [Fact]
    public void Forward_paging_is_unchanged()
    {
        var page = Letters.Page(x => x, new PageRequest(2, "b"));

        Assert.Equal(["c", "d"], page.Nodes);
        Assert.True(page.PageInfo.HasPreviousPage);
        Assert.True(page.PageInfo.HasNextPage);
    }
}
