namespace Throughline.GraphQL.Validation;

/// <summary>
/// Binary insertion sort: stable, and for the short lists rules sort it visits elements the way V8's
/// Array.prototype.sort does, so even a comparator that is not a strict total order orders as in graphql-js.
/// </summary>
internal static class StableSort
{
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var pivot = items[i];
            int left = 0, right = i;
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (compare(pivot, items[mid]) < 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid + 1;
                }
            }

            items.RemoveAt(i);
            items.Insert(left, pivot);
        }
    }
}
