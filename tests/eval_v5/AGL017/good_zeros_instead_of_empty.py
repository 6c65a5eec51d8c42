import torch
import torch.nn as nn


class SoftPrompt(nn.Module):
    def __init__(self, n_tokens, dim):
        super().__init__()
        self.prompt = nn.Parameter(torch.zeros(n_tokens, dim))

    def forward(self, embeds):
        batch = embeds.shape[0]
        return torch.cat([self.prompt.expand(batch, -1, -1), embeds], dim=1)


torch.manual_seed(4)
prompt = SoftPrompt(3, 8)
prompt(torch.randn(2, 5, 8)).mean().backward()
