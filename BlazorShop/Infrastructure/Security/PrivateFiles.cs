namespace BlazorShop.Infrastructure.Security;

/// <summary>
/// Files that only the app's own user may read: the data directory is 0700, the files in it (SQLite database,
/// blobs, the generated password file, the key-encryption certificate) 0600 — created so, not fixed afterwards,
/// so there is no moment when they are world-readable. (No-ops on Windows, where ACLs are inherited.)
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode PrivateDirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode PrivateFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the directory (0700) or narrows an existing one to 0700.</summary>
    public static void EnsureDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        Directory.CreateDirectory(path, PrivateDirectoryMode);
        if ((File.GetUnixFileMode(path) & ~PrivateDirectoryMode) != 0) File.SetUnixFileMode(path, PrivateDirectoryMode);
    }

    /// <summary>Subdirectories (e.g. of the blob store) are created 0700.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, PrivateDirectoryMode);
    }

    /// <summary>Narrows an existing file to 0600 (files written by older versions).</summary>
    public static void Restrict(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path)) return;
        if ((File.GetUnixFileMode(path) & ~PrivateFileMode) != 0) File.SetUnixFileMode(path, PrivateFileMode);
    }

    /// <summary>A new file, 0600 from the start.</summary>
    public static FileStream Create(string path, System.IO.FileMode mode = System.IO.FileMode.CreateNew)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = PrivateFileMode;
        return new FileStream(path, options);
    }
}
