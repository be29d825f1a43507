package org.ecosite.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Tells a remote target ({@code host:path}, {@code user@host:path}) from a local folder. */
public final class Targets {

    /** rsync's and scp's form; a Windows drive ({@code D:\site}) is a local folder. */
    private static final Pattern REMOTE = Pattern.compile("^(?![A-Za-z]:[\\\\/])[^/\\\\:]+:.*");

    private Targets() {
    }

    /** True when {@code to} names a folder on another machine. */
    public static boolean isRemote(String to) {
        return REMOTE.matcher(to).matches();
    }

    /**
     * The target {@code to} names.
     *
     * @param path the PATH to look for rsync in
     */
    public static Target of(String to, Path site, boolean force, String path) throws IOException, DeployException {
        if (!isRemote(to)) {
            return new FolderTarget(site, Path.of(to), force);
        }
        Path rsync = RsyncTarget.find(path);
        if (rsync == null) {
            throw new DeployException("deploy.no_rsync", to);
        }
        return new RsyncTarget(rsync, site, to);
    }
}
