using Orchestration.Terraform;
using Orchestration.Tests.Fakes;
using Orchestration.Tooling;
using Orchestration.Tools.Terraform;
using Orchestration.Tools.Terraform.Output;
using Orchestration.Tools.Terraform.Show;
using Orchestration.Tools.Terraform.Version;

namespace Orchestration.Tests.Terraform;

public sealed class TerraformShowAndOutputArguments
{
    private readonly ToolFixture fixture = new();

    [Fact]
    public void Show_prints_a_plan_as_json()
    {
        fixture.Runner.Answer(output: ["{\"format_version\":\"1.2\"}"]);

        var json = fixture.Context.TerraformShow(new TerraformShowSettings { PlanFile = "/ws/tfplan", OutputFormat = TerraformOutputFormat.Json }.Faked(), CancellationToken.None);

        Assert.Equal("show -json \"/ws/tfplan\"", fixture.Runner.LastArguments);
        Assert.Equal("{\"format_version\":\"1.2\"}", json);
    }

    [Fact]
    public void Show_prints_a_plan_as_plain_text()
    {
        fixture.Context.TerraformShow(new TerraformShowSettings { PlanFile = "/ws/tfplan", NoColor = true }.Faked(), CancellationToken.None);

        Assert.Equal("show -no-color \"/ws/tfplan\"", fixture.Runner.LastArguments);
    }

    [Fact]
    public void Output_reads_one_raw_value()
    {
        fixture.Runner.Answer(output: ["http://127.0.0.1:8080"]);

        var url = fixture.Context.TerraformOutput(new TerraformOutputSettings { OutputName = "endpoint_url", Raw = true, NoColor = true }.Faked(), CancellationToken.None);

        Assert.Equal("output -no-color -raw endpoint_url", fixture.Runner.LastArguments);
        Assert.Equal("http://127.0.0.1:8080", url);
    }

    [Fact]
    public void Output_reads_every_value_as_json()
    {
        fixture.Context.TerraformOutput(new TerraformOutputSettings { Json = true }.Faked(), CancellationToken.None);

        Assert.Equal("output -json", fixture.Runner.LastArguments);
    }

    [Fact]
    public void Version_reads_the_terraform_version()
    {
        fixture.Runner.Answer(output: ["{", "\"terraform_version\": \"1.11.4\",", "\"platform\": \"linux_amd64\"", "}"]);

        Assert.Equal("1.11.4", fixture.Context.TerraformVersion(new TerraformVersionSettings().Faked(), CancellationToken.None));
        Assert.Equal("version -json", fixture.Runner.LastArguments);
    }

    [Theory]
    [InlineData("Terraform v1.11.4 on linux_amd64")]
    [InlineData("{ \"platform\": \"linux_amd64\" }")]
    public void Version_output_it_cannot_read_fails_naming_the_command_and_what_it_printed(string printed)
    {
        fixture.Runner.Answer(output: [printed]);

        var failure = Assert.Throws<ToolFailedException>(
            () => fixture.Context.TerraformVersion(new TerraformVersionSettings().Faked(), CancellationToken.None));

        var lines = failure.Message.Split('\n');
        Assert.StartsWith("The output is not the JSON of terraform version -json: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("> terraform version -json", lines[1]);
        Assert.StartsWith("@ ", lines[2], StringComparison.Ordinal);
        Assert.Equal("  " + printed, lines[3]);
    }
}
