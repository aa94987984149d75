package io.github.amocrmspring.sample.account;

import io.github.amocrmspring.error.AmoAuthorizationException;
import io.github.amocrmspring.error.AmoException;
import io.github.amocrmspring.sample.SampleProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one connected account: its name, users and pipelines, its leads page by page, a form that creates a
 * lead with a contact, and the state of its tokens. Only accounts with stored tokens have a page, so that no
 * request is ever sent to a host that did not go through the OAuth callback.
 */
@Controller
@RequestMapping("/accounts/{host}")
public class AccountController {

    private static final Logger logger = LoggerFactory.getLogger(AccountController.class);

    /** Highest page number served, so that the offset of a page always fits amoCRM's parameters. */
    private static final int MAX_PAGE = 100_000;

    private final AccountPages pages;

    private final SampleProperties properties;

    public AccountController(AccountPages pages, SampleProperties properties) {
        this.pages = pages;
        this.properties = properties;
    }

    @GetMapping
    public String show(
            @PathVariable String host,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "created", required = false) Long createdLeadId,
            Model model,
            HttpServletResponse response) {
        if (!this.pages.isConnected(host)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("host", host);
            return "account-unknown";
        }
        if (!model.containsAttribute("newLead")) {
            model.addAttribute("newLead", new NewLeadForm());
        }
        return render(host, Math.min(Math.max(page, 1), MAX_PAGE), createdLeadId, model);
    }

    @PostMapping("/leads")
    public String createLead(
            @PathVariable String host,
            @Valid @ModelAttribute("newLead") NewLeadForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!this.pages.isConnected(host)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("host", host);
            return "account-unknown";
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute(
                    "formError",
                    "Check the form: a lead name and a contact name are required, the budget "
                            + "cannot be negative and the e-mail address must be valid.");
            return render(host, 1, null, model);
        }
        try {
            long leadId = this.pages.createLead(host, form);
            redirect.addFlashAttribute("created", "Lead #" + leadId + " was created with its contact.");
            return "redirect:/accounts/" + host + "?created=" + leadId + "#leads";
        } catch (AmoException ex) {
            logger.warn("Could not create a lead in account {}: {}", host, ex.getMessage());
            response.setStatus(HttpStatus.BAD_GATEWAY.value());
            model.addAttribute("formError", "amoCRM did not create the lead: " + ex.getMessage());
            return render(host, 1, null, model);
        }
    }

    /**
     * Shows what went wrong when amoCRM could not answer for the account, for example because its tokens were
     * revoked and it must be connected again.
     */
    @ExceptionHandler(AmoException.class)
    public ModelAndView amoCrmFailed(AmoException ex, HttpServletRequest request) {
        String host = hostOf(request);
        logger.warn("amoCRM request for account {} failed: {}", host, ex.getMessage());
        ModelAndView page = new ModelAndView("account-error", HttpStatus.BAD_GATEWAY);
        page.addObject("host", host);
        page.addObject("detail", ex.getMessage());
        page.addObject("needsAuthorization", ex instanceof AmoAuthorizationException);
        page.addObject("demoMode", this.properties.isDemo());
        return page;
    }

    private String render(String host, int page, Long createdLeadId, Model model) {
        AccountSummary account = this.pages.summary(host);
        LeadsPage leads = this.pages.leads(account, page, this.properties.getLeadsPageSize());
        if (createdLeadId != null && leads.rows().stream().noneMatch((row) -> row.id() == createdLeadId)) {
            List<LeadsPage.Row> rows = new ArrayList<>();
            this.pages.lead(account, createdLeadId).ifPresent(rows::add);
            rows.addAll(leads.rows());
            leads = new LeadsPage(rows, leads.page(), leads.hasNext());
        }
        model.addAttribute("account", account);
        model.addAttribute("leads", leads);
        model.addAttribute("createdLeadId", createdLeadId);
        model.addAttribute("token", this.pages.tokenState(host));
        return "account";
    }

    private static String hostOf(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object host = (variables instanceof Map<?, ?> map) ? map.get("host") : null;
        return (host != null) ? host.toString() : "";
    }
}
