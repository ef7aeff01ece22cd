using Algoritma.Platform.Features.Adoption.Reading;
using Microsoft.Extensions.Options;

namespace Algoritma.Platform.Tests.Features.Adoption;

/// <summary>
/// The kept answers while a question is being read: managers who ask it meanwhile share that one reading, or get the
/// previous version's answer at once. (Keeping across operations and versions is tested through the API in the
/// integration tests' AdoptionAnswersTests.)
/// </summary>
public sealed class AdoptionAnswersTests : IDisposable
{
    private static readonly AdoptionVersion Version = new(41, 42);

    private readonly AdoptionAnswers _answers = new(new AdoptionDatabase("Host=unused"), Options.Create(new AdoptionAnswerOptions()));

    public void Dispose() => _answers.Dispose();

    [Fact]
    public async Task Eight_managers_asking_one_question_while_it_is_read_share_one_reading()
    {
        var reads = 0;
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<string> Read()
        {
            Interlocked.Increment(ref reads);
            return release.Task;
        }

        var asking = Enumerable.Range(0, 8).Select(_ => _answers.GetOrReadAsync("samarinda", Version, "question", Read, default)).ToList();
        release.SetResult("the answer");

        Assert.Equal(Enumerable.Repeat("the answer", 8), await Task.WhenAll(asking));
        Assert.Equal(1, reads);
        Assert.Equal("the answer", await _answers.GetOrReadAsync("samarinda", Version, "question", Read, default));
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task While_one_manager_reads_a_new_version_the_others_get_the_previous_versions_answer_at_once()
    {
        var newer = Version with { Usage = 43 };
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await _answers.GetOrReadAsync("samarinda", Version, "question", () => Task.FromResult("as of 41"), default);

        var first = _answers.GetOrReadAsync("samarinda", newer, "question", () => release.Task, default);
        var meanwhile = await _answers.GetOrReadAsync("samarinda", newer, "question", () => Task.FromResult("not read"), default).WaitAsync(TimeSpan.FromSeconds(10));
        release.SetResult("as of 43");

        Assert.Equal("as of 41", meanwhile);
        Assert.Equal("as of 43", await first);
        Assert.Equal("as of 43", await _answers.GetOrReadAsync("samarinda", newer, "question", () => Task.FromResult("not read"), default));
    }

    [Fact]
    public async Task An_operation_that_read_an_older_version_gets_the_newer_kept_answer_and_a_late_older_reading_does_not_replace_it()
    {
        var newer = Version with { Citizens = 44 };
        var older = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var late = _answers.GetOrReadAsync("samarinda", Version, "question", () => older.Task, default);
        await _answers.GetOrReadAsync("samarinda", newer, "question", () => Task.FromResult("as of 44"), default);
        older.SetResult("as of 42");
        await late;

        Assert.Equal("as of 44", await _answers.GetOrReadAsync("samarinda", Version, "question", () => Task.FromResult("not read"), default));
        Assert.Equal("as of 44", await _answers.GetOrReadAsync("samarinda", newer, "question", () => Task.FromResult("not read"), default));
    }

    [Fact]
    public async Task A_manager_waiting_for_a_reading_whose_caller_went_away_reads_the_answer_itself()
    {
        var leaving = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _answers.GetOrReadAsync("samarinda", Version, "question", () => leaving.Task, default);
        var second = _answers.GetOrReadAsync("samarinda", Version, "question", () => Task.FromResult("read by the second"), default);

        leaving.SetCanceled();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("read by the second", await second);
    }

    [Fact]
    public async Task A_failed_reading_is_not_kept_and_the_next_manager_reads_again()
    {
        var failing = _answers.GetOrReadAsync<string>("samarinda", Version, "question", () => throw new InvalidOperationException("database gone"), default);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);

        Assert.Equal("read again", await _answers.GetOrReadAsync("samarinda", Version, "question", () => Task.FromResult("read again"), default));
    }

    [Fact]
    public async Task A_waiting_manager_who_leaves_stops_waiting_and_the_reading_goes_on_for_the_others()
    {
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var leaves = new CancellationTokenSource();
        var reading = _answers.GetOrReadAsync("samarinda", Version, "question", () => release.Task, default);
        var waiting = _answers.GetOrReadAsync("samarinda", Version, "question", () => Task.FromResult("not read"), leaves.Token);

        await leaves.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        release.SetResult("the answer");

        Assert.Equal("the answer", await reading);
    }

    [Fact]
    public async Task The_same_question_of_another_tenant_or_at_another_version_is_read_on_its_own()
    {
        var reads = 0;
        Task<string> Read() => Task.FromResult($"read {Interlocked.Increment(ref reads)}");

        var samarinda = await _answers.GetOrReadAsync("samarinda", Version, "question", Read, default);
        var makassar = await _answers.GetOrReadAsync("makassar", Version, "question", Read, default);
        var newer = await _answers.GetOrReadAsync("samarinda", Version with { Usage = 43 }, "question", Read, default);

        Assert.Equal(["read 1", "read 2", "read 3"], [samarinda, makassar, newer]);
    }
}
