using Throughline.Core.Model;
using Throughline.Core.Paths;
using static Throughline.Core.Model.RelationType;

namespace Throughline.Core.Tests.Paths;

public sealed class PathEnginePagingTests
{
    /// <summary>Every ordered pair of distinct entities joined: a complete digraph with many simple paths.</summary>
    private static TestGraph Complete(int size)
    {
        var graph = new TestGraph();
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                if (i != j)
                {
                    graph.Relation($"r{i}{j}", $"org/n{i}", Supplies, $"org/n{j}", confidence: 0.5 + ((i + j) % 4 / 10.0));
                }
            }
        }

        return graph;
    }

    private static PathQuery AllRoutes(int first, int maxHops = 4) =>
        new(TestGraph.Ids("org/n0"), TestGraph.Ids("org/n1"), new PathOptions(MaxHops: maxHops), first);

    [Fact]
    public async Task Pages_joined_by_their_cursors_give_every_route_once_in_order()
    {
        var engine = Complete(6).Engine();
        var everything = await engine.FindPathsAsync(AllRoutes(first: 1000));
        var paged = new List<string>();
        string? after = null;
        PathPage page;
        do
        {
            page = await engine.FindPathsAsync(AllRoutes(first: 7) with { After = after });
            page.TotalCount.Should().Be(everything.TotalCount);
            paged.AddRange(page.Edges.Select(e => e.Path.Describe()));
            page.EndCursor.Should().Be(page.Edges.LastOrDefault()?.Cursor);
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        // 1 + 4 + 4·3 + 4·3·2 routes of 1..4 hops from n0 to n1 in a complete digraph of 6.
        everything.TotalCount.Should().Be(41);
        paged.Should().Equal(everything.Edges.Select(e => e.Path.Describe()));
        everything.Edges.Select(e => e.Path).Should().BeInAscendingOrder(Comparer<GraphPath>.Create(PathOrder.Compare));
    }

    [Fact]
    public async Task First_zero_counts_routes_without_returning_any()
    {
        var page = await Complete(4).Engine().FindPathsAsync(AllRoutes(first: 0));

        page.Edges.Should().BeEmpty();
        page.TotalCount.Should().Be(5);
        page.HasNextPage.Should().BeTrue();
    }

    [Fact]
    public async Task A_cursor_that_is_not_one_is_bad_input()
    {
        var act = () => Complete(3).Engine().FindPathsAsync(AllRoutes(first: 5) with { After = "not a cursor!" });

        (await act.Should().ThrowAsync<PathQueryException>()).Which.Code.Should().Be(PathQueryException.BadUserInput);
    }

    [Theory]
    [InlineData(7, 20)]
    [InlineData(4, 1001)]
    public async Task Exceeding_a_cap_is_a_limit_error(int maxHops, int first)
    {
        var act = () => Complete(3).Engine().FindPathsAsync(AllRoutes(first, maxHops));

        (await act.Should().ThrowAsync<PathQueryException>()).Which.Code.Should().Be(PathQueryException.LimitExceeded);
    }

    [Fact]
    public async Task Caps_are_configurable()
    {
        var engine = Complete(3).Engine(new PathLimits(MaxHops: 2, MaxPageSize: 5));

        (await ((Func<Task>)(() => engine.FindPathsAsync(AllRoutes(first: 5, maxHops: 3)))).Should().ThrowAsync<PathQueryException>())
            .Which.Message.Should().Contain("limit of 2");
        (await ((Func<Task>)(() => engine.FindPathsAsync(AllRoutes(first: 6, maxHops: 2)))).Should().ThrowAsync<PathQueryException>())
            .Which.Code.Should().Be(PathQueryException.LimitExceeded);
    }

    [Fact]
    public async Task Zero_hops_and_negative_pages_are_bad_input()
    {
        var engine = Complete(3).Engine();

        (await ((Func<Task>)(() => engine.FindPathsAsync(AllRoutes(first: 5, maxHops: 0)))).Should().ThrowAsync<PathQueryException>())
            .Which.Code.Should().Be(PathQueryException.BadUserInput);
        (await ((Func<Task>)(() => engine.FindPathsAsync(AllRoutes(first: -1)))).Should().ThrowAsync<PathQueryException>())
            .Which.Code.Should().Be(PathQueryException.BadUserInput);
    }

    [Fact]
    public async Task The_expansion_budget_stops_the_search_and_says_so()
    {
        var graph = Complete(8);
        var full = await graph.Engine().FindPathsAsync(AllRoutes(first: 10, maxHops: 5));
        var cut = await graph.Engine(new PathLimits(ExpansionBudget: 200)).FindPathsAsync(AllRoutes(first: 10, maxHops: 5));

        full.Truncated.Should().BeFalse();
        cut.Truncated.Should().BeTrue();
        cut.TotalCount.Should().BeGreaterThan(0).And.BeLessThan(full.TotalCount);
        cut.TotalCountIsExact.Should().BeFalse();
        full.TotalCountIsExact.Should().BeTrue();
        cut.Edges.Select(e => e.Cursor).Should().Equal(full.Edges.Take(cut.Edges.Count).Select(e => e.Cursor), "a cut page is a prefix of the full one");
        var again = await graph.Engine(new PathLimits(ExpansionBudget: 200)).FindPathsAsync(AllRoutes(first: 10, maxHops: 5));
        again.Edges.Select(e => e.Cursor).Should().Equal(cut.Edges.Select(e => e.Cursor), "a truncated search is still deterministic");
    }

    [Fact]
    public async Task A_cancelled_query_throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var engine = Complete(4).Engine();

        await ((Func<Task>)(() => engine.FindPathsAsync(AllRoutes(first: 5), cancelled.Token))).Should().ThrowAsync<OperationCanceledException>();
        await ((Func<Task>)(() => engine.FindShortestPathsAsync(new ShortestPathQuery(TestGraph.Ids("org/n0"), TestGraph.Ids("org/n1"), new PathOptions()), cancelled.Token)))
            .Should().ThrowAsync<OperationCanceledException>();
        await ((Func<Task>)(() => engine.GetNeighbourhoodAsync(new NeighbourhoodQuery("org/n0", 2, new PathOptions()), cancelled.Token)))
            .Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void The_search_polls_cancellation_while_it_works()
    {
        using var source = new CancellationTokenSource();
        var budget = new SearchBudget(long.MaxValue, source.Token);
        budget.Spend(10).Should().BeTrue();
        source.Cancel();

        var act = () => budget.Spend(5000);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public async Task Paths_report_their_relations_in_id_order_for_a_store_independent_answer()
    {
        var page = await new TestGraph()
            .Relation("b", "org/x", Supplies, "org/y").Relation("a", "org/x", Owns, "org/y").Relation("c", "org/x", InvestedIn, "org/y")
            .Engine().FindPathsAsync(new PathQuery(TestGraph.Ids("org/x"), TestGraph.Ids("org/y"), new PathOptions()));

        page.Edges.Single().Path.Hops.Single().RelationIds.Should().Equal("a", "b", "c");
    }
}
