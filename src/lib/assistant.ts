// What the assistant's page and its API route say when it is switched off (safe for both sides).

export const ASSISTANT_KEY_VARIABLE = "GOOGLE_GENERATIVE_AI_API_KEY";
export const ASSISTANT_KEY_URL = "https://aistudio.google.com/apikey";

export const ASSISTANT_UNAVAILABLE_MESSAGE = `The AI assistant is not enabled on this server. To enable it, set ${ASSISTANT_KEY_VARIABLE} to a Google Gemini API key (get one at ${ASSISTANT_KEY_URL}) and restart the app.`;
