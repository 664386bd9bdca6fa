from django.urls import path

from glossa.speech import apis

urlpatterns = [
    path("speech/voices", apis.SpeechVoiceListApi.as_view(), name="speech-voices"),
    path("speech/blocks/<int:block_id>", apis.BlockSpeechApi.as_view(), name="speech-block"),
]
