using Orchestration.Terraform;

namespace Orchestration.Tests.Terraform;

public sealed class ReadingRootVariables
{
    [Fact]
    public void Declared_variables_and_their_sensitivity_are_found_across_blocks_with_nested_braces()
    {
        const string Hcl = """
            variable "model_name" {
              type = string
              validation {
                condition     = can(regex("^[a-z]{1,3}$", var.model_name))
                error_message = "Braces in strings: { not a block }."
              }
            }

            variable "db_password" {
              type      = string
              sensitive = true
            }

            variable "port" {
              default = 8080
              # sensitive = true only in a comment line after the block below
            }
            resource "terraform_data" "x" {
              input = { sensitive = true }
            }
            """;

        var variables = RootVariables.Parse(Hcl).ToList();

        Assert.Equal([("model_name", false), ("db_password", true), ("port", false)], variables);
    }

    [Fact]
    public void A_root_declares_what_any_of_its_tf_files_declares()
    {
        using var folder = new TempFolder();
        folder.Write("variables.tf", "variable \"port\" {\n  type = number\n}\n");
        folder.Write("secrets.tf", "variable \"token\" {\n  sensitive = true\n}\n");
        folder.Write("notes.txt", "variable \"ignored\" {\n}\n");

        var variables = RootVariables.Read(folder.Path);

        Assert.True(variables.Declares("port"));
        Assert.False(variables.Declares("ignored"));
        Assert.Equal(["token"], variables.Sensitive);
    }
}
