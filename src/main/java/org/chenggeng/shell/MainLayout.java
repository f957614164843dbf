package org.chenggeng.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.chenggeng.security.AccountService;
import org.chenggeng.security.Roles;
import org.chenggeng.security.ui.LanguageSwitch;
import org.chenggeng.security.ui.ProfileView;

/**
 * The application frame: brand, menu, language switch and user menu. Menu entries come from the views'
 * {@code @Menu} annotations, filtered by what the signed-in user may open; their titles are message keys.
 * A user who must change their password is sent to the profile page first.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout {

    private final transient AccountService accounts;
    private final transient AuthenticationContext authentication;

    MainLayout(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(menu()));
        addToNavbar(new DrawerToggle(), header());
    }

    private Div brand() {
        Span mark = new Span(getTranslation("app.mark"));
        mark.addClassName("brand-mark");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Div brand = new Div(mark, name);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        // the security and audit administrators see no projects (三权分立): "/" takes them to their own page
        boolean projects = !authentication.hasAnyRole(Roles.SECURITY_ADMIN, Roles.AUDIT_ADMIN);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!projects && entry.path().isEmpty()) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private HorizontalLayout header() {
        HorizontalLayout header = new HorizontalLayout();
        header.addClassName("app-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        Span spacer = new Span();
        header.add(spacer);
        header.expand(spacer);
        authentication.getAuthenticatedUser(Object.class).ifPresent(principal -> {
            AccountService.MyAccount me = accounts.me();
            header.add(new LanguageSwitch(accounts, true), userMenu(me));
        });
        return header;
    }

    private MenuBar userMenu(AccountService.MyAccount me) {
        MenuBar bar = new MenuBar();
        bar.setId("user-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(me.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span who = new Span(me.displayName() + " · " + getTranslation(me.role().labelKey()));
        who.addClassName("user-name");
        HorizontalLayout trigger = new HorizontalLayout(avatar, who);
        trigger.setAlignItems(FlexComponent.Alignment.CENTER);
        trigger.setSpacing(false);
        trigger.getStyle().set("gap", "0.5rem");
        var root = bar.addItem(trigger);
        root.getSubMenu().addItem(getTranslation("menu.profile"), e -> getUI().ifPresent(ui -> ui.navigate(ProfileView.class)));
        root.getSubMenu().addItem(getTranslation("menu.logout"), e -> authentication.logout());
        return bar;
    }
}
