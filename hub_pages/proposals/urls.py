from django.urls import path

from hub_pages.proposals import proposer_views

app_name = "proposal_links"
urlpatterns = [
    path("<int:pk>/<str:token>/", proposer_views.status, name="status"),
    path("<int:pk>/stage-2/<str:token>/", proposer_views.stage_two, name="stage_two"),
]
