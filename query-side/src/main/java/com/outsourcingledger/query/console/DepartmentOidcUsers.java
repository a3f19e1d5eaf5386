package com.outsourcingledger.query.console;

import com.outsourcingledger.platform.security.DepartmentClaims;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.List;

/**
 * A console user signed in with OIDC: the ID token's claims, with the userinfo's when the provider has them, read
 * by {@link DepartmentClaims} exactly as the API reads an access token's, so the user has the department (or the
 * VENDOR role bound to its {@code vendor_id}) its bearer token would give, and nothing else. Claims the API would
 * refuse refuse the sign-in. The name is {@code preferred_username}, or the subject.
 */
final class DepartmentOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        List<GrantedAuthority> authorities;
        try {
            authorities = DepartmentClaims.authorities(user);
        } catch (AuthenticationException refused) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, refused.getMessage(), null), refused);
        }
        String nameClaim = user.getClaimAsString("preferred_username") != null ? "preferred_username" : "sub";
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameClaim);
    }
}
