using MedVigil.Application.Feeds;

namespace MedVigil.Application.Tests.Feeds;

/// <summary>The watermark moves only past times whose every item was processed, oldest first.</summary>
public sealed class OrderedWatermarkTests
{
    private static readonly DateTimeOffset T1 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T2 = T1.AddHours(1);
    private static readonly DateTimeOffset T3 = T1.AddHours(2);

    [Fact]
    public void ItMovesToAGroupOfEqualTimesOnlyOnceTheGroupIsComplete()
    {
        var mark = new OrderedWatermark(null);

        mark.Done(T1, true).ShouldBeFalse();
        mark.Done(T2, true).ShouldBeTrue();
        mark.Value.ShouldBe(T1);
        mark.Done(T2, true).ShouldBeFalse();
        mark.Finish().ShouldBeTrue();
        mark.Value.ShouldBe(T2);
    }

    [Fact]
    public void AFailureHoldsItBeforeTheFailedTimeForTheRestOfTheRun()
    {
        var mark = new OrderedWatermark(null);

        mark.Done(T1, true);
        mark.Done(T2, true);
        mark.Done(T2, false);
        mark.Done(T3, true);
        mark.Finish().ShouldBeFalse();

        mark.Value.ShouldBe(T1);
    }

    [Fact]
    public void AnItemWithoutATimeNeverMovesItButItsFailureHoldsIt()
    {
        var untimedFailed = new OrderedWatermark(T1);
        untimedFailed.Done(null, false);
        untimedFailed.Done(T2, true);
        untimedFailed.Finish();

        var untimedDone = new OrderedWatermark(null);
        untimedDone.Done(null, true);
        untimedDone.Finish().ShouldBeFalse();

        (untimedFailed.Value, untimedDone.Value).ShouldBe((T1, null));
    }

    [Fact]
    public void ItRoundTripsAsText() =>
        OrderedWatermark.Parse(OrderedWatermark.Format(T2.ToOffset(TimeSpan.FromHours(2)))).ShouldBe(T2);
}
