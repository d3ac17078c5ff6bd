using Microsoft.Data.Sqlite;
using Npgsql;

namespace MineralTrade.Web.Data;

/// <summary>
/// Tells a failure of the disk (full, or an I/O error) from every other: it is the operator's to fix, not the
/// request's or the file's, and it is said the same way on every path (the API's 507, the command line's exit 4),
/// in words that name no internal path.
/// </summary>
public static class StorageFailure
{
    // errno on Linux (an IOException's HResult there): no space, disk quota, read-only file system, I/O error.
    private const int NoSpace = 28, Quota = 122, ReadOnly = 30, InputOutput = 5;

    // Windows' HRESULTs for a full disk (ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL).
    private const int DiskFull = unchecked((int)0x80070070), HandleDiskFull = unchecked((int)0x80070027);

    /// <summary>What went wrong, for a person, when <paramref name="exception"/> (or one inside it) is a storage failure; otherwise null.</summary>
    public static string? Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_FULL }:
                case PostgresException { SqlState: PostgresErrorCodes.DiskFull }:
                case IOException { HResult: NoSpace or Quota or DiskFull or HandleDiskFull }:
                    return "the disk is full";
                case SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_IOERR or SQLitePCL.raw.SQLITE_READONLY }:
                case PostgresException { SqlState: PostgresErrorCodes.IoError or PostgresErrorCodes.DataCorrupted }:
                case IOException { HResult: ReadOnly or InputOutput }:
                    return "the disk could not be written (an I/O error)";
            }
        }
        return null;
    }
}
