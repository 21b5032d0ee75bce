using System.Collections;
using Orchestration.Terraform;
using Orchestration.Tooling;

namespace Orchestration.Tests.Terraform;

public sealed class MaskingTerraformVariables
{
    [Fact]
    public void Secret_looking_tf_var_values_are_masked_and_others_are_not()
    {
        var environment = new Hashtable
        {
            ["TF_VAR_db_password"] = "pa55-w0rd-for-tests",
            ["TF_VAR_region"] = "eu-west-1-for-tests",
            ["MY_TOKEN"] = "not-a-terraform-variable",
        };

        TerraformVariableSecrets.Register(environment);

        Assert.Equal("*** eu-west-1-for-tests not-a-terraform-variable", SecretMasker.Mask("pa55-w0rd-for-tests eu-west-1-for-tests not-a-terraform-variable"));
    }
}
