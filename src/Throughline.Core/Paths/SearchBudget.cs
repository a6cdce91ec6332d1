namespace Throughline.Core.Paths;

/// <summary>
/// The work allowance of one query: every adjacency entry a search examines costs one unit, so a query that crosses
/// hubs stops after a bounded amount of work however many paths it would find. Also where cancellation is polled.
/// </summary>
internal sealed class SearchBudget(long units, CancellationToken ct, ExpansionAllowance? shared = null)
{
    private const int PollInterval = 4096;
    private long _remaining = units;
    private const int SharedStep = 32;
    private int _sincePoll;
    private long _prepaid;

    public bool Exhausted { get; private set; }

    /// <summary>Spends <paramref name="cost"/> units; false (and <see cref="Exhausted"/>) once the allowance is used up.</summary>
    public bool Spend(int cost)
    {
        _sincePoll += cost;
        // The request's shared allowance is reserved in steps of SharedStep units (one interlocked add each), ahead of
        // use, so even a query too small to finish a step draws from it.
        _prepaid -= cost;
        while (shared is not null && _prepaid < 0 && !Exhausted)
        {
            if (!shared.Spend(SharedStep))
            {
                Exhausted = true;
            }

            _prepaid += SharedStep;
        }

        if (_sincePoll >= PollInterval)
        {
            _sincePoll = 0;
            ct.ThrowIfCancellationRequested();
        }

        _remaining -= cost;
        if (_remaining < 0)
        {
            Exhausted = true;
        }

        return !Exhausted;
    }
}
