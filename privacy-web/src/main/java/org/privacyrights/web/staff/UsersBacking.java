package org.privacyrights.web.staff;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.platform.NotFoundException;
import org.privacyrights.staff.application.StaffCredentials;
import org.privacyrights.staff.application.StaffDirectory;

/** Staff users and their roles, for administrators: add one, change roles, let in or shut out. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> ROLES = List.of("ADMIN", "DPO", "AGENT", "AUDITOR");

    @Inject
    private StaffDirectory directory;

    private List<StaffCredentials> users;
    private String username;
    private String displayName;
    private List<String> roles = new ArrayList<>();
    private String password;
    private String email;
    private String language = "en";
    private String editing;
    private List<String> editedRoles = new ArrayList<>();

    public List<StaffCredentials> getUsers() {
        if (users == null) {
            users = directory.list();
        }
        return users;
    }

    public void create() {
        if (act(
                () -> directory.create(username, displayName, Set.copyOf(roles), password, email, language),
                "staff.users.created")) {
            username = null;
            displayName = null;
            email = null;
            roles = new ArrayList<>();
        }
        password = null;
    }

    public void edit(StaffCredentials user) {
        editing = user.username();
        editedRoles = new ArrayList<>(user.roles());
    }

    public void saveRoles() {
        if (act(() -> directory.changeRoles(editing, Set.copyOf(editedRoles)), "staff.users.rolesChanged")) {
            editing = null;
        }
    }

    public void toggle(StaffCredentials user) {
        act(
                () -> directory.setEnabled(user.username(), !user.enabled()),
                user.enabled() ? "staff.users.disabled" : "staff.users.enabled");
    }

    /** Runs an action, re-reads the list and says how it went; true when it was done. */
    private boolean act(Supplier<StaffCredentials> action, String doneKey) {
        try {
            action.get();
            StaffFaces.info(StaffFaces.text(doneKey));
            return true;
        } catch (EJBException | InvalidInputException | NotFoundException | ConstraintViolationException e) {
            StaffFaces.refused(
                    e,
                    StaffFaces.text("staff.login.username"),
                    StaffFaces.text("staff.users.displayName"),
                    StaffFaces.text("staff.users.roles"),
                    StaffFaces.text("staff.login.password"),
                    StaffFaces.text("staff.users.email"),
                    StaffFaces.text("staff.users.language"));
            return false;
        } finally {
            users = null;
        }
    }

    public List<String> getAllRoles() {
        return ROLES;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getEditing() {
        return editing;
    }

    public List<String> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<String> editedRoles) {
        this.editedRoles = editedRoles;
    }
}
