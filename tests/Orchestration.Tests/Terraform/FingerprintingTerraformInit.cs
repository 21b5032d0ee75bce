using Orchestration.Terraform;
using Orchestration.Tools.Terraform.Init;

namespace Orchestration.Tests.Terraform;

/// <summary>What makes a root's <c>terraform init</c> run again, and what does not.</summary>
public sealed class FingerprintingTerraformInit : IDisposable
{
    private const string ModulesJson = """
        {"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"endpoint","Source":"../../modules/endpoint","Dir":"../../modules/endpoint"}]}
        """;

    private readonly TempFolder folder = new();
    private readonly string root;

    public FingerprintingTerraformInit()
    {
        root = Path.GetDirectoryName(folder.Write("environments/staging/main.tf", "module \"endpoint\" { source = \"../../modules/endpoint\" }"))!;
        folder.Write("environments/staging/variables.tf", "variable \"image\" { type = string }");
        folder.Write("environments/staging/.terraform.lock.hcl", "# lock");
        folder.Write("environments/staging/backend.hcl", "conn_str = \"postgres://a\"");
        folder.Write("modules/endpoint/main.tf", "resource \"terraform_data\" \"container\" {}");
        folder.Write("environments/staging/.terraform/modules/modules.json", ModulesJson);
    }

    private string DataDirectory => Path.Combine(root, ".terraform");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_same_inputs_give_the_same_fingerprint()
    {
        Assert.Equal(Fingerprint(), Fingerprint());
        Assert.Matches("^[0-9a-f]{64}$", Fingerprint());
    }

    [Theory]
    [InlineData("environments/staging/main.tf", "module \"endpoint\" { source = \"../../modules/other\" }")]
    [InlineData("environments/staging/outputs.tf", "output \"x\" { value = 1 }")]
    [InlineData("environments/staging/override.tf.json", "{}")]
    [InlineData("environments/staging/.terraform.lock.hcl", "# lock, upgraded")]
    [InlineData("environments/staging/tests/root.tftest.hcl", "run \"plan\" {}")]
    [InlineData("modules/endpoint/main.tf", "module \"nested\" { source = \"./nested\" }")]
    [InlineData("environments/staging/backend.hcl", "conn_str = \"postgres://b\"")]
    [InlineData("environments/staging/.terraform/terraform.tfstate", "{\"backend\": {\"type\": \"pg\"}}")]
    public void A_changed_configuration_lock_module_or_backend_file_changes_it(string file, string content)
    {
        var before = Fingerprint();

        folder.Write(file, content);

        Assert.NotEqual(before, Fingerprint());
    }

    [Theory]
    [InlineData("environments/staging/terraform.tfvars", "image = \"x\"")]
    [InlineData("environments/staging/README.md", "# staging")]
    [InlineData("environments/staging/terraform.tfstate", "{}")]
    [InlineData("modules/endpoint/scripts/start.sh", "#!/bin/sh")]
    [InlineData("modules/unused/main.tf", "resource \"terraform_data\" \"x\" {}")]
    public void Files_init_does_not_read_leave_it_unchanged(string file, string content)
    {
        var before = Fingerprint();

        folder.Write(file, content);

        Assert.Equal(before, Fingerprint());
    }

    [Fact]
    public void Another_terraform_version_changes_it()
    {
        Assert.NotEqual(Fingerprint(version: "1.11.4"), Fingerprint(version: "1.12.0"));
    }

    [Fact]
    public void Another_backend_argument_changes_it()
    {
        var before = Fingerprint(overrides: ("conn_str", "postgres://user:pw1@db/state"));

        Assert.NotEqual(before, Fingerprint(overrides: ("conn_str", "postgres://user:pw2@db/state")));
        Assert.NotEqual(before, Fingerprint());
        Assert.NotEqual(Fingerprint(), Fingerprint(backendFile: false));
    }

    [Fact]
    public void The_marker_holds_only_the_hash_never_a_backend_value()
    {
        var fingerprint = Fingerprint(overrides: ("conn_str", "postgres://user:hunter22@db/state"));
        var marker = new InitMarker(DataDirectory);

        marker.Record(fingerprint);

        Assert.Equal(fingerprint + "\n", File.ReadAllText(marker.File));
        Assert.True(marker.Holds(fingerprint));
        Assert.False(marker.Holds(Fingerprint()));
    }

    [Fact]
    public void A_forgotten_marker_or_a_deleted_data_directory_holds_nothing()
    {
        var marker = new InitMarker(DataDirectory);
        marker.Record(Fingerprint());

        marker.Forget();

        Assert.False(marker.Holds(Fingerprint()));
        marker.Record(Fingerprint());
        Directory.Delete(DataDirectory, recursive: true);
        Assert.False(marker.Holds(Fingerprint()));
    }

    private string Fingerprint(string version = "1.11.4", bool backendFile = true, params (string Key, string Value)[] overrides)
    {
        var settings = new TerraformInitSettings();
        if (backendFile)
        {
            settings.BackendConfigFiles.Add(Path.Combine(root, "backend.hcl"));
        }

        foreach (var (key, value) in overrides)
        {
            settings.BackendConfigOverrides[key] = value;
        }

        return InitFingerprint.Of(root, DataDirectory, version, settings);
    }
}
