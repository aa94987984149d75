package io.github.amocrmspring.sample.web;

import io.github.amocrmspring.storage.StoredTokens;
import io.github.amocrmspring.storage.TokenStorage;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the "Connect amoCRM" button and the accounts connected so far. */
@Controller
public class HomeController {

    private final TokenStorage tokenStorage;

    public HomeController(TokenStorage tokenStorage) {
        this.tokenStorage = tokenStorage;
    }

    @GetMapping("/")
    public String home(Model model) {
        List<ConnectedAccount> accounts = this.tokenStorage.accountHosts().stream()
                .sorted()
                .map((host) -> new ConnectedAccount(host, connectedAt(host)))
                .toList();
        model.addAttribute("accounts", accounts);
        return "index";
    }

    private LocalDateTime connectedAt(String host) {
        return this.tokenStorage
                .load(host)
                .map(StoredTokens::refreshedAt)
                .map((instant) -> LocalDateTime.ofInstant(instant, ZoneOffset.UTC))
                .orElse(null);
    }

    /**
     * An account on the start page.
     * @param host the account host
     * @param connectedAt when its tokens were last obtained, in UTC
     */
    public record ConnectedAccount(String host, LocalDateTime connectedAt) {}
}
