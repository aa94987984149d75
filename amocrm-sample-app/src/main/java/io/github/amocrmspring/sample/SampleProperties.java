package io.github.amocrmspring.sample;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Settings of the sample application, under {@code sample}. */
@ConfigurationProperties("sample")
@Validated
public class SampleProperties {

    /** How long the "Connect amoCRM" button's state may be used to come back. */
    private Duration stateTimeToLive = Duration.ofMinutes(10);

    /** Hosts accepted as account hosts in OAuth callbacks besides those of amoCRM and Kommo. */
    private Set<String> extraAccountHosts = new LinkedHashSet<>();

    /** Number of leads shown per page of the account page. */
    @Min(1)
    @Max(100)
    private int leadsPageSize = 10;

    /** Whether the application runs against the embedded fake amoCRM; set by demo mode. */
    private boolean demo;

    public Duration getStateTimeToLive() {
        return this.stateTimeToLive;
    }

    public void setStateTimeToLive(Duration stateTimeToLive) {
        this.stateTimeToLive = stateTimeToLive;
    }

    public Set<String> getExtraAccountHosts() {
        return this.extraAccountHosts;
    }

    public void setExtraAccountHosts(Set<String> extraAccountHosts) {
        this.extraAccountHosts = extraAccountHosts;
    }

    public int getLeadsPageSize() {
        return this.leadsPageSize;
    }

    public void setLeadsPageSize(int leadsPageSize) {
        this.leadsPageSize = leadsPageSize;
    }

    public boolean isDemo() {
        return this.demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }
}
