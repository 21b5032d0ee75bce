using Cake.Core;
using Cake.Core.IO;

namespace Orchestration.Tools.Git.Init;

/// <summary>Runs <c>git init</c>: an empty repository in a folder.</summary>
internal sealed class GitInitRunner(ICakeContext context) : GitTool<GitInitSettings>(context)
{
    public void Init(GitInitSettings settings, DirectoryPath directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Execute(settings, Command("init").Append("--quiet").Append("--").AppendQuoted(directory.FullPath), null, cancellationToken);
    }
}
