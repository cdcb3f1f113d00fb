using BlazorShop.Infrastructure.Data;
using BlazorShop.Infrastructure.Security;
using BlazorShop.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BlazorShop.Tests.Hardening;

/// <summary>Generated passwords go to a 0600 file, never to the log; the data directory is private; the key ring is encrypted.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class SecretsAndFilesTests
{
    [Fact]
    public async Task Generated_passwords_are_written_once_to_a_private_file_and_never_logged()
    {
        await using var app = new ShopAppFactory();
        app.Settings.Remove("Seed:AdminPassword");
        app.Settings.Remove("Seed:ShopperPassword");
        app.StartServer();

        var file = Path.Combine(app.DataDirectory, "initial-passwords.txt");
        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal(2, lines.Length);
        var passwords = lines.Select(l => l.Split("  ")[^1]).ToList();
        Assert.Contains(lines, l => l.Contains("  admin  "));
        Assert.Contains(lines, l => l.Contains("  demo  "));

        // Neither the message nor any structured field of any log entry holds a password; the path is logged.
        var everything = app.Logs.Entries.Select(e => e.Message + " " + e.State).ToList();
        foreach (var password in passwords)
            Assert.DoesNotContain(everything, e => e.Contains(password));
        Assert.Contains(everything, e => e.Contains(file) && e.Contains("admin"));

        // The password in the file is the real one.
        var client = app.CreateClient();
        await HttpForms.SignInAsync(client, "admin", passwords[lines.ToList().FindIndex(l => l.Contains("  admin  "))]);
    }

    [Fact]
    public async Task The_data_directory_and_its_files_are_private()
    {
        if (OperatingSystem.IsWindows()) return;
        await using var app = new ShopAppFactory();
        app.StartServer();
        await app.CreateClient().GetStringAsync("/"); // writes a key and touches the blobs

        Assert.Equal(PrivateFiles.PrivateDirectoryMode, File.GetUnixFileMode(app.DataDirectory));
        var files = Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith("blazorshop.db"));
        Assert.Contains(files, f => f.EndsWith(".svg"));           // demo images in the local blob store
        Assert.Contains(files, f => f.EndsWith(DataProtectionCertificate.FileName));
        Assert.All(files, f => Assert.True((File.GetUnixFileMode(f) & ~PrivateFiles.PrivateFileMode) == 0, $"{f} is {File.GetUnixFileMode(f)}"));
        Assert.All(Directory.EnumerateDirectories(app.DataDirectory, "*", SearchOption.AllDirectories),
            d => Assert.True((File.GetUnixFileMode(d) & ~PrivateFiles.PrivateDirectoryMode) == 0, $"{d} is {File.GetUnixFileMode(d)}"));
    }

    [Fact]
    public async Task An_existing_world_readable_data_directory_is_narrowed_on_start()
    {
        if (OperatingSystem.IsWindows()) return;
        await using var app = new ShopAppFactory();
        Directory.CreateDirectory(app.DataDirectory);
        File.SetUnixFileMode(app.DataDirectory, (UnixFileMode)0b111_101_101);
        var db = Path.Combine(app.DataDirectory, "blazorshop.db");
        File.WriteAllBytes(db, []);
        File.SetUnixFileMode(db, (UnixFileMode)0b110_100_100);
        app.StartServer();
        Assert.Equal(PrivateFiles.PrivateDirectoryMode, File.GetUnixFileMode(app.DataDirectory));
        Assert.Equal(PrivateFiles.PrivateFileMode, File.GetUnixFileMode(db));
    }

    [Fact]
    public async Task The_key_ring_is_encrypted_at_rest_with_the_generated_certificate()
    {
        await using var app = new ShopAppFactory();
        app.StartServer();
        var client = app.CreateClient();
        await client.GetStringAsync("/login"); // an antiforgery token needs a key

        await using var db = app.Services.GetRequiredService<IDbContextFactory<ShopDbContext>>().CreateDbContext();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
        var certificate = app.Services.GetRequiredService<DataProtectionCertificate>();
        Assert.Equal(Path.Combine(app.DataDirectory, DataProtectionCertificate.FileName), certificate.Path);
        Assert.All(keys, xml => Assert.Contains("EncryptedXmlDecryptor", xml));
        Assert.Contains(Convert.ToBase64String(certificate.Certificate.RawData), string.Join("", keys).Replace("\n", ""));
    }

    [Fact]
    public void A_second_instance_sharing_the_certificate_path_loads_the_first_ones_certificate()
    {
        var directory = Path.Combine(Path.GetTempPath(), "blazorshop-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(directory, "shared.pfx");
            var first = DataProtectionCertificate.LoadOrCreate(path, null);
            var second = DataProtectionCertificate.LoadOrCreate(path, null);
            Assert.True(first.Generated);
            Assert.False(second.Generated);
            Assert.Equal(first.Certificate.Thumbprint, second.Certificate.Thumbprint);
            Assert.True(second.Certificate.HasPrivateKey);
        }
        finally { Directory.Delete(directory, recursive: true); }
    }
}
