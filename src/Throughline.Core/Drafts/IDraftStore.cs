using Throughline.Core.Storage;

namespace Throughline.Core.Drafts;

/// <summary>
/// Drafts kept beside the graph (never in it). Every store that holds a graph holds its drafts, and the store contract
/// tests prove they behave alike.
/// </summary>
public interface IDraftStore
{
    /// <summary>Stores a new draft with revision 1; a draft with the same id is a <see cref="DraftConflictException"/>.</summary>
    Task<Draft> AddDraftAsync(Draft draft, CancellationToken ct = default);

    Task<Draft?> GetDraftAsync(string id, CancellationToken ct = default);

    /// <summary>Every stored draft, ordered by id.</summary>
    Task<IReadOnlyList<Draft>> ListDraftsAsync(CancellationToken ct = default);

    /// <summary>
    /// Replaces the draft whose stored revision is <c>draft.Revision</c> and returns it with the next revision; when
    /// <paramref name="accepted"/> is given, it is written to the graph in the same transaction, so a proposal is marked
    /// accepted exactly when its records are in the graph. A draft that moved on (or is gone) is a
    /// <see cref="DraftConflictException"/> and nothing is written.
    /// </summary>
    Task<Draft> UpdateDraftAsync(Draft draft, ImportBatch? accepted, CancellationToken ct = default);
}

/// <summary>The draft is not in the state the caller read: another reviewer changed it, or the id is taken or gone.</summary>
public sealed class DraftConflictException : Exception
{
    public DraftConflictException()
    {
    }

    public DraftConflictException(string message)
        : base(message)
    {
    }

    public DraftConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
