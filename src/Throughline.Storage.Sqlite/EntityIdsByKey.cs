namespace Throughline.Storage.Sqlite;

/// <summary>
/// Entity ids by integer key, filled while a whole-table read walks the entities, so the relations read after them (in
/// the same read transaction) turn their end keys into ids with an array index. Keys are rowids, assigned one above the
/// largest and never reused (entities are not deleted), so an array sized by the largest key is dense.
/// </summary>
internal sealed class EntityIdsByKey
{
    private string?[] _ids = new string?[1024];

    public void Add(long key, string id)
    {
        if (key >= _ids.Length)
        {
            Array.Resize(ref _ids, (int)Math.Max(key + 1, _ids.Length * 2L));
        }

        _ids[key] = id;
    }

    public string this[long key] => key < _ids.Length && _ids[key] is { } id
        ? id
        : throw new InvalidOperationException($"relation end key {key} names no entity read in this transaction (the file's foreign keys are broken)");
}
