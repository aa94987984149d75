package io.github.amocrmspring.sample.account;

import static io.github.amocrmspring.sample.support.BrowserLikeClient.location;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.amocrmspring.sample.support.SampleAppTestSupport;
import io.github.amocrmspring.storage.StoredTokens;
import io.github.amocrmspring.test.server.AmoFakeServer;
import io.github.amocrmspring.test.server.EntityType;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The page of a connected account: what it shows, its pages of leads, and the form that creates a lead. */
class AccountPageTests extends SampleAppTestSupport {

    private static final String ACCOUNT = AmoFakeServer.DEFAULT_ACCOUNT;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private static final Pattern LEAD_ROW = Pattern.compile("data-lead-id=\"(\\d+)\"");

    private URI accountPage;

    @BeforeEach
    void connect() {
        URI callback = allowOnAuthorizationPage(this.browser.connect(), ACCOUNT);
        this.accountPage = location(this.browser.get(callback));
    }

    @Test
    void shouldShowTheAccountItsUsersPipelinesAndTokenState() {
        HttpResponse<String> response = this.browser.get(this.accountPage);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(this.amo.account(ACCOUNT).name())
                .contains("admin@")
                .contains("main")
                .contains("OAuth 2.0 access and refresh token")
                .contains("id=\"token-expires-at\"")
                .doesNotContain("does not expire");
    }

    @Test
    void shouldShowLeadsPageByPage() {
        HttpResponse<String> first = this.browser.get(this.accountPage);
        HttpResponse<String> second = this.browser.get(URI.create(this.accountPage + "?page=2"));

        assertThat(leadIds(first.body())).hasSize(10);
        assertThat(first.body()).contains("id=\"next-page\"").doesNotContain("id=\"previous-page\"");
        assertThat(leadIds(second.body())).isNotEmpty().doesNotContainAnyElementsOf(leadIds(first.body()));
        assertThat(second.body()).contains("id=\"previous-page\"");
    }

    @Test
    void shouldCreateALeadLinkedToANewContactWithPhoneAndEmail() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("leadName", "Annual support contract");
        form.put("price", "180000");
        form.put("contactName", "Pavel Orlov");
        form.put("phone", "+7 912 000-11-22");
        form.put("email", "pavel.orlov@example.ru");

        HttpResponse<String> response =
                this.browser.submitForm(this.accountPage, URI.create(this.accountPage + "/leads"), form);

        assertThat(response.statusCode()).isEqualTo(302);
        long leadId = Long.parseLong(location(response).getQuery().replace("created=", ""));
        JsonNode lead = this.amo.account(ACCOUNT).entity(EntityType.LEAD, leadId);
        assertThat(lead.path("name").asString("")).isEqualTo("Annual support contract");
        assertThat(lead.path("sale").asLong()).isEqualTo(180000);
        long contactId = lead.path("main_contact").path("id").asLong();
        JsonNode contact = this.amo.account(ACCOUNT).entity(EntityType.CONTACT, contactId);
        assertThat(contact.path("name").asString("")).isEqualTo("Pavel Orlov");
        assertThat(contact.path("custom_fields").toString())
                .contains("+7 912 000-11-22")
                .contains("pavel.orlov@example.ru");
        HttpResponse<String> page = this.browser.get(location(response));
        assertThat(page.body()).contains("data-lead-id=\"" + leadId + "\"").contains("Pavel Orlov");
    }

    @Test
    void shouldRefuseAFormWithoutNamesAndCreateNothing() {
        int leadsBefore = this.amo.account(ACCOUNT).count(EntityType.LEAD);
        int contactsBefore = this.amo.account(ACCOUNT).count(EntityType.CONTACT);

        HttpResponse<String> response = this.browser.submitForm(
                this.accountPage,
                URI.create(this.accountPage + "/leads"),
                Map.of("leadName", " ", "contactName", "", "price", "-5"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Check the form");
        assertThat(this.amo.account(ACCOUNT).count(EntityType.LEAD)).isEqualTo(leadsBefore);
        assertThat(this.amo.account(ACCOUNT).count(EntityType.CONTACT)).isEqualTo(contactsBefore);
    }

    @Test
    void shouldRefuseAFormSentWithoutTheTokenOfItsPageAndCreateNothing() {
        int leadsBefore = this.amo.account(ACCOUNT).count(EntityType.LEAD);
        this.amo.journal().clear();

        HttpResponse<String> response = this.browser.postForm(
                URI.create(this.accountPage + "/leads"), Map.of("leadName", "Forged", "contactName", "Forged"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(this.amo.account(ACCOUNT).count(EntityType.LEAD)).isEqualTo(leadsBefore);
        assertThat(this.amo.journal().requests()).isEmpty();
    }

    @Test
    void shouldShowTheNewTokenStateAfterTheStarterRefreshedAnExpiredToken() {
        StoredTokens before = this.tokenStorage.load(ACCOUNT).orElseThrow();
        this.amo.clock().advance(Duration.ofHours(25));
        this.clock.advance(Duration.ofHours(25));

        HttpResponse<String> response = this.browser.get(this.accountPage);

        assertThat(response.statusCode()).isEqualTo(200);
        StoredTokens after = this.tokenStorage.load(ACCOUNT).orElseThrow();
        assertThat(after.refreshedAt()).isAfter(before.refreshedAt());
        assertThat(after.expiresAt()).isAfter(before.expiresAt());
        assertThat(this.amo
                        .journal()
                        .requests((request) -> request.path().endsWith("/oauth2/access_token")
                                && request.body().contains("refresh_token")))
                .isNotEmpty();
        assertThat(response.body()).contains(TIME.format(after.refreshedAt())).contains(TIME.format(after.expiresAt()));
    }

    @Test
    void shouldAskToConnectAgainWhenAmoCrmNoLongerAcceptsTheTokens() {
        this.amo.revokeTokens(ACCOUNT);

        HttpResponse<String> response = this.browser.get(this.accountPage);

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body())
                .contains("The account must be connected again")
                .contains("Connect again");
    }

    private static List<Long> leadIds(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher matcher = LEAD_ROW.matcher(html);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }
}
