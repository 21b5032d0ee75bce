# Non-secret settings of the production environment. Credentials come from the
# environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY), never from here.
# Set aws_account_id to the production account so that credentials of another
# account can never be used to plan or apply here.
aws_region             = "eu-west-1"
aws_account_id         = ""
instance_type          = "ml.m5.large"
initial_instance_count = 2
