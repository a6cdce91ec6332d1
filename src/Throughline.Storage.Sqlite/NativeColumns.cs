using System.Runtime.InteropServices;
using SQLitePCL;

namespace Throughline.Storage.Sqlite;

/// <summary>
/// Column reads of the current row of a <see cref="NativeStatement"/>, calling e_sqlite3 directly. Reading the path
/// index's rows makes about 50M column calls at 5M relations; through SqliteDataReader (or SQLitePCL.raw) each one
/// paid a SafeHandle add-ref and release, a provider lookup and a marshalling stub, which cost more than SQLite's own
/// work (measured: 7.5% of the read's CPU in SafeHandle alone). The statement handle is borrowed, so a reader is only
/// valid while its statement is alive and must stay on the thread stepping it.
/// </summary>
internal readonly struct NativeColumns(IntPtr statement)
{
    public long Int64(int column) => NativeMethods.sqlite3_column_int64(statement, column);

    public double Double(int column) => NativeMethods.sqlite3_column_double(statement, column);

    public bool IsNull(int column) => NativeMethods.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    /// <summary>The column as a string; NULL reads as the empty string (the callers check <see cref="IsNull"/> where NULL is possible).</summary>
    public string Text(int column)
    {
        // text before bytes: sqlite3_column_bytes then reports the length of the UTF-8 text just returned.
        var text = NativeMethods.sqlite3_column_text(statement, column);
        var length = NativeMethods.sqlite3_column_bytes(statement, column);
        return length == 0 ? string.Empty : Marshal.PtrToStringUTF8(text, length);
    }

    /// <summary>The UTF-8 length of a text column (reads the text first, as <see cref="Text"/> does).</summary>
    public int Utf8Length(int column)
    {
        NativeMethods.sqlite3_column_text(statement, column);
        return NativeMethods.sqlite3_column_bytes(statement, column);
    }

    // SuppressGCTransition: these return at once (a column read under the connection's uncontended mutex: this
    // connection is used by one thread), so the GC-mode switch each P/Invoke makes would cost more than the call.
    private static class NativeMethods
    {
        private const string Library = "e_sqlite3";

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories | DllImportSearchPath.AssemblyDirectory)]
        [SuppressGCTransition]
        public static extern long sqlite3_column_int64(IntPtr statement, int column);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories | DllImportSearchPath.AssemblyDirectory)]
        [SuppressGCTransition]
        public static extern double sqlite3_column_double(IntPtr statement, int column);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories | DllImportSearchPath.AssemblyDirectory)]
        [SuppressGCTransition]
        public static extern int sqlite3_column_type(IntPtr statement, int column);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories | DllImportSearchPath.AssemblyDirectory)]
        [SuppressGCTransition]
        public static extern IntPtr sqlite3_column_text(IntPtr statement, int column);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories | DllImportSearchPath.AssemblyDirectory)]
        [SuppressGCTransition]
        public static extern int sqlite3_column_bytes(IntPtr statement, int column);
    }
}
