package org.ecosite.config;

import java.util.Optional;

/**
 * The fields a Chinese government site must show in its footer; each is optional in
 * site.yaml and shown when present.
 *
 * @param host           主办单位
 * @param organizer      承办单位
 * @param siteIdCode     网站标识码
 * @param icp            ICP备案号 (linked to the MIIT filing site)
 * @param policeRecord   公安机关备案号 (linked to the public-security filing site)
 * @param contact        contact line, e.g. a telephone number
 * @param errorReportUrl 我为政府网站找错
 * @param badge          site-relative path of the 党政机关网站标识 image the owner supplies
 * @param badgeUrl       where the badge links to
 */
public record Footer(Optional<String> host, Optional<String> organizer, Optional<String> siteIdCode,
                     Optional<String> icp, Optional<String> policeRecord, Optional<String> contact,
                     Optional<String> errorReportUrl, Optional<String> badge, Optional<String> badgeUrl) {

    public static Footer empty() {
        return new Footer(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
