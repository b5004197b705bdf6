package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RoleResolverTest {

    @Test
    void anOfficeResolvesToTheOnePersonTheArticleGivesIt() {
        String text = "It was the first time the then-president of Iran, Ebrahim Raisi, set foot there. He shook hands "
                + "with Nicolás Maduro, president of Venezuela. \"We want more,\" said the Iranian president.";
        assertEquals("Ebrahim Raisi", new RoleResolver(LanguagePack.of("en")).resolve("Iranian president", text));
        assertEquals("Nicolás Maduro", new RoleResolver(LanguagePack.of("en")).resolve("Venezuelan president", text));
        assertEquals("Jawad Zarif", new RoleResolver(LanguagePack.of("en")).resolve("Iran’s foreign minister",
                "Jawad Zarif, Iran’s Foreign Minister, paid a visit."));
        assertEquals("Ebrahim Raisi", new RoleResolver(LanguagePack.of("en")).resolve("Iranian president", "Iranian President Ebrahim Raisi met them."));
    }

    @Test
    void formerHoldersAndSeveralHoldersDoNotResolve() {
        assertNull(new RoleResolver(LanguagePack.of("en")).resolve("Iranian president", "Mahmoud Ahmadinejad, the former Iranian President, visited."));
        assertNull(new RoleResolver(LanguagePack.of("en")).resolve("Iranian president",
                "Iranian President Ebrahim Raisi met Iranian President Hassan Rouhani's aides."));
        assertNull(new RoleResolver(LanguagePack.of("en")).resolve("the organization", "Amnesty International said so."));
    }
}
