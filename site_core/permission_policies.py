"""Model permission policies for admin viewsets whose rows only come from
the site itself (proposals, failed sign-ins): some actions are refused to
everyone, superusers included."""

from wagtail.permission_policies import ModelPermissionPolicy


class RefusedActionsPermissionPolicy(ModelPermissionPolicy):
    refused = frozenset()

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [action for action in actions if action not in self.refused])
