using Orchestration.Terraform;

namespace Orchestration.Tests.Terraform;

public sealed class ReadingTheStateOutputs
{
    [Fact]
    public void Strings_numbers_and_bools_are_read_as_terraform_takes_them_back_and_lists_and_maps_are_left_out()
    {
        var outputs = StateOutputs.Parse("""
            {
              "endpoint_url": { "sensitive": false, "type": "string", "value": "http://127.0.0.1:34525" },
              "port": { "sensitive": false, "type": "number", "value": 34525 },
              "verify": { "sensitive": false, "type": "bool", "value": true },
              "labels": { "sensitive": false, "type": ["map", "string"], "value": { "a": "b" } },
              "tags": { "sensitive": false, "type": ["list", "string"], "value": ["x"] }
            }
            """);

        Assert.Equal(
            new Dictionary<string, string> { ["endpoint_url"] = "http://127.0.0.1:34525", ["port"] = "34525", ["verify"] = "true" },
            outputs);
    }

    [Fact]
    public void An_empty_state_has_no_outputs()
    {
        Assert.Empty(StateOutputs.Parse(""));
        Assert.Empty(StateOutputs.Parse("{}"));
    }
}
