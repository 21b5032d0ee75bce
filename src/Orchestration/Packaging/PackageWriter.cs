using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using NuGet.Packaging;

namespace Orchestration.Packaging;

/// <summary>
/// Writes a NuGet package entry by entry, in the layout NuGet's PackageBuilder gives it (the files, the
/// <c>.nuspec</c>, the OPC relationships, content types and core properties) but with each file read once:
/// hashed while it is copied in, and stored rather than deflated when it does not compress
/// (see <see cref="EntryCompression"/>). Every entry is dated <paramref name="timestamp"/>, so the same
/// inputs give the same bytes.
/// </summary>
internal sealed class PackageWriter(Stream destination, DateTimeOffset timestamp) : IDisposable
{
    private const int BufferSize = 1 << 20;
    private static readonly DateTime ZipFirstDate = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime ZipLastDate = new(2107, 12, 31, 23, 59, 58, DateTimeKind.Utc);

    private readonly ZipArchive archive = new(destination, ZipArchiveMode.Create, leaveOpen: true);
    private readonly SortedSet<string> extensions = new(StringComparer.OrdinalIgnoreCase) { "nuspec" };
    private readonly SortedSet<string> withoutExtension = new(StringComparer.Ordinal);

    /// <summary>Copies <paramref name="source"/> into the package as <paramref name="path"/>; returns its digest, taken on the way.</summary>
    public FileDigest AddFile(string source, string path)
    {
        using var content = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        string sha256;
        using (var entry = CreatePart(path, EntryCompression.For(content)).Open())
        {
            sha256 = Pipeline.Sha256.CopyHashing(content, entry);
        }

        return new FileDigest(path, sha256, content.Length);
    }

    /// <summary>Adds a small file held in memory (deflated).</summary>
    public void AddBytes(string path, ReadOnlySpan<byte> content)
    {
        using var entry = CreatePart(path, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }

    /// <summary>Writes the <c>.nuspec</c> from <paramref name="metadata"/> and the OPC parts NuGet expects; call once, after the files.</summary>
    public void Finish(PackageBuilder metadata, string creator)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        PackageIdValidator.ValidatePackageId(metadata.Id);
        var nuspec = metadata.Id + ".nuspec";
        const string properties = "package/services/metadata/core-properties/nuget.psmdcp";
        WriteXml("_rels/.rels", Relationships(nuspec, properties));
        using (var manifest = CreateEntry(nuspec, CompressionLevel.Optimal).Open())
        {
            Manifest.Create(metadata).Save(manifest, minimumManifestVersion: 1);
        }

        WriteXml("[Content_Types].xml", ContentTypes());
        WriteXml(properties, CoreProperties(metadata, creator));
    }

    public void Dispose() => archive.Dispose();

    private ZipArchiveEntry CreatePart(string path, CompressionLevel level)
    {
        var extension = Path.GetExtension(path);
        if (extension.Length > 1)
        {
            extensions.Add(extension[1..]);
        }
        else
        {
            withoutExtension.Add("/" + path);
        }

        // As NuGet names parts: each path segment URI-escaped.
        return CreateEntry(string.Join('/', path.Split('/').Select(Uri.EscapeDataString)), level);
    }

    private ZipArchiveEntry CreateEntry(string name, CompressionLevel level)
    {
        var entry = archive.CreateEntry(name, level);
        var utc = timestamp.UtcDateTime;
        entry.LastWriteTime = utc < ZipFirstDate ? ZipFirstDate : utc > ZipLastDate ? ZipLastDate : utc;
        return entry;
    }

    private void WriteXml(string name, XElement root)
    {
        using var writer = new StreamWriter(CreateEntry(name, CompressionLevel.Optimal).Open());
        new XDocument(root).Save(writer);
    }

    private static XElement Relationships(string nuspec, string properties)
    {
        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/relationships";
        return new XElement(
            ns + "Relationships",
            Relationship(ns, "http://schemas.microsoft.com/packaging/2010/07/manifest", "/" + nuspec),
            Relationship(ns, "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "/" + properties));
    }

    private static XElement Relationship(XNamespace ns, string type, string target) =>
        new(ns + "Relationship", new XAttribute("Type", type), new XAttribute("Target", target), new XAttribute("Id", RelationshipId(target)));

    /// <summary>Derived from the target, as NuGet derives it, so it does not change between writes.</summary>
    private static string RelationshipId(string target) =>
        "R" + Convert.ToHexString(SHA512.HashData(Encoding.UTF8.GetBytes(target)))[..16];

    private XElement ContentTypes()
    {
        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        return new XElement(
            ns + "Types",
            Default(ns, "rels", "application/vnd.openxmlformats-package.relationships+xml"),
            Default(ns, "psmdcp", "application/vnd.openxmlformats-package.core-properties+xml"),
            extensions.Select(extension => Default(ns, extension, "application/octet")),
            withoutExtension.Select(part => new XElement(ns + "Override", new XAttribute("PartName", part), new XAttribute("ContentType", "application/octet"))));
    }

    private static XElement Default(XNamespace ns, string extension, string contentType) =>
        new(ns + "Default", new XAttribute("Extension", extension), new XAttribute("ContentType", contentType));

    private static XElement CoreProperties(PackageBuilder metadata, string creator)
    {
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace core = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        return new XElement(
            core + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "dc", dc.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dcterms", "http://purl.org/dc/terms/"),
            new XAttribute(XNamespace.Xmlns + "xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            new XElement(dc + "creator", string.Join(", ", metadata.Authors)),
            new XElement(dc + "description", metadata.Description),
            new XElement(dc + "identifier", metadata.Id),
            new XElement(core + "version", metadata.Version?.ToString()),
            new XElement(core + "keywords", string.Join(' ', metadata.Tags)),
            new XElement(core + "lastModifiedBy", creator));
    }
}
