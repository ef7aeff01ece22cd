using Algoritma.Platform.Features.Adoption.Reading;
using NodaTime;

namespace Algoritma.Platform.Tests.Features.Adoption;

public sealed class UnitUsageTermsTests
{
    [Fact]
    public void Month_rows_minus_the_days_beside_the_cuts_sum_to_every_segment_and_read_fewer_days()
    {
        var random = new Random(24);
        var first = new LocalDate(2025, 1, 1);
        var values = Enumerable.Range(0, 1000).Select(_ => (long)random.Next(0, 50)).ToArray();
        long Value(LocalDate day) => values[Period.DaysBetween(first, day)];
        long Days(LocalDate start, LocalDate end) => Enumerable.Range(0, Period.DaysBetween(start, end)).Sum(i => Value(start.PlusDays(i)));

        for (var round = 0; round < 500; round++)
        {
            var from = first.PlusDays(random.Next(0, 400));
            var to = from.PlusDays(random.Next(1, 500));
            var cuts = Enumerable.Range(0, random.Next(0, 8)).Select(_ => from.PlusDays(random.Next(-30, Period.DaysBetween(from, to) + 30))).ToList();
            var terms = UnitUsageTerms.Plan(from, to, cuts);

            var actual = new Dictionary<LocalDate, long>();
            void Count(LocalDate segment, long value) => actual[segment] = actual.GetValueOrDefault(segment) + value;
            foreach (var (month, segment) in terms.MonthTerms)
            {
                Count(segment, Days(month, month.PlusMonths(1)));
            }

            foreach (var (start, end, plus, plusSign, minus, minusSign) in terms.DayTerms)
            {
                Count(plus, plusSign * Days(start, end));
                Count(minus, minusSign * Days(start, end));
            }

            var starts = terms.SegmentStarts;
            Assert.Equal(from, starts[0]);
            Assert.Equal([.. cuts.Where(c => c > from && c < to).Append(from).Distinct().Order()], starts);
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : to;
                Assert.Equal(Days(starts[i], end), actual.GetValueOrDefault(starts[i]));
                Assert.Equal(starts[i], terms.SegmentOf(end.PlusDays(-1)));
            }

            Assert.All(actual.Keys, segment => Assert.Contains(segment, starts));
            Assert.True(terms.DayTerms.Sum(t => Period.DaysBetween(t.Start, t.End)) <= Period.DaysBetween(from, to));
        }
    }

    [Fact]
    public void A_month_no_cut_splits_is_one_month_row_and_an_empty_range_reads_nothing()
    {
        var terms = UnitUsageTerms.Plan(new LocalDate(2026, 3, 1), new LocalDate(2026, 5, 1), [new LocalDate(2026, 4, 1)]);
        Assert.Equal([(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 1)), (new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 1))], terms.MonthTerms);
        Assert.Empty(terms.DayTerms);

        var nearTheEnd = UnitUsageTerms.Plan(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 29), []);
        Assert.Equal([(new LocalDate(2026, 3, 29), new LocalDate(2026, 4, 1), new LocalDate(2026, 3, 1), 0, new LocalDate(2026, 3, 1), -1)], nearTheEnd.DayTerms);

        var empty = UnitUsageTerms.Plan(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 1), []);
        Assert.Empty(empty.MonthTerms);
        Assert.Empty(empty.DayTerms);
    }
}
