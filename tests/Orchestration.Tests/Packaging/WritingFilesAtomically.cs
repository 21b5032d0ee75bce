using Orchestration.Packaging;

namespace Orchestration.Tests.Packaging;

public sealed class WritingFilesAtomically : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("orchestration-atomic-");

    [Fact]
    public void A_write_replaces_the_file_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(folder.FullName, "sub", "provenance.json");
        AtomicFile.Write(path, stream => stream.Write("old"u8));

        AtomicFile.Write(path, stream => stream.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void A_failed_write_leaves_the_earlier_file_as_it_was_and_no_temporary_file()
    {
        var path = Path.Combine(folder.FullName, "model.nupkg");
        AtomicFile.Write(path, stream => stream.Write("earlier"u8));

        Assert.Throws<InvalidDataException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidDataException("the writer failed");
        }));

        Assert.Equal("earlier", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.FullName));
    }

    public void Dispose() => folder.Delete(recursive: true);
}
