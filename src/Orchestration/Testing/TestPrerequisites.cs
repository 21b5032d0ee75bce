namespace Orchestration.Testing;

/// <summary>The Debian packages the whole pipeline and its integration tests run on.</summary>
public static class TestPrerequisites
{
    public static readonly string[] DebianPackages =
    [
        "git",
        "python3-venv", "python3-pip", "python3-ipykernel", "python3-nbclient", "jupyter-nbconvert",
        "python3-sklearn", "python3-pandas", "python3-joblib",
        "docker.io", "docker-registry", "debootstrap", "busybox-static",
        "nginx", "apache2-utils", "groovy", "default-jre-headless", "python3-yaml",
    ];
}
