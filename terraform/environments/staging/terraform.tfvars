# Non-secret settings of the staging environment. Credentials come from the
# environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY), never from here.
aws_region             = "eu-west-1"
aws_account_id         = ""
instance_type          = "ml.t2.medium"
initial_instance_count = 1
