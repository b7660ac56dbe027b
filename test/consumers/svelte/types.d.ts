/// <reference types="civic-news-widgets/svelte" />
