import torch
import torch.nn as nn

torch.manual_seed(0)


class PromptTuner(nn.Module):
    def __init__(self, n_prompt=3, dim=8):
        super().__init__()
        self.backbone = nn.TransformerEncoderLayer(
            dim, nhead=2, dim_feedforward=16, batch_first=True
        )
        self.prompt = nn.Parameter(torch.randn(n_prompt, dim) * 0.02)

    def forward(self, emb):
        prompt = self.prompt.unsqueeze(0).expand(emb.size(0), -1, -1)
        return self.backbone(torch.cat([prompt, emb], dim=1))


tuner = PromptTuner()
tuner.eval()
emb = torch.randn(2, 4, 8)
expanded = tuner.prompt.unsqueeze(0).expand(2, -1, -1)
out = tuner.backbone(torch.cat([expanded, emb], dim=1))
out.pow(2).mean().backward()
print("prompt grad norm:", tuner.prompt.grad.norm().item())
print("expanded grad:", expanded.grad)  # expect: AGL001
