from django.urls import path

from glossa.profiles import apis

urlpatterns = [
    path("profile/", apis.ProfileDetailApi.as_view(), name="profile"),
    path("profile/avatar", apis.ProfileAvatarApi.as_view(), name="profile-avatar"),
    path("languages", apis.LanguageListApi.as_view(), name="languages"),
    path("timezones", apis.TimeZoneListApi.as_view(), name="timezones"),
]
